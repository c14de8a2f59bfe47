package io.trazo.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.trazo.append.LedgerStore;
import io.trazo.append.LedgerStoreContractTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** The port's contract over a real {@code mongo:8} replica set; skipped where Docker or the image is unavailable. */
@Testcontainers(disabledWithoutDocker = true)
class MongoLedgerStoreContainerTest extends LedgerStoreContractTest {

    private static MongoDBContainer mongo;
    private static MongoClient client;

    @BeforeAll
    static void start() {
        mongo = Containers.startOrSkip(new MongoDBContainer("mongo:8"));
        client = MongoClients.create(mongo.getReplicaSetUrl());
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (mongo != null) {
            mongo.stop();
        }
    }

    @Override
    protected LedgerStore newStore() {
        return new MongoLedgerStore(client.getDatabase("contract-" + UUID.randomUUID())).ensureIndexes();
    }
}

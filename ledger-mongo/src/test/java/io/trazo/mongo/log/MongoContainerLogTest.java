package io.trazo.mongo.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.Integration;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogInvariants;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.append.InMemoryLedgerStore;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** The log adapters on a real MongoDB 8 where Docker exists; skipped elsewhere (see docs/operations.md). */
@Testcontainers(disabledWithoutDocker = true)
class MongoContainerLogTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    @Test
    void theJourneyIsIntegratedIntoARealMongoDb() throws Exception {
        try (MongoClient client = MongoClients.create(MONGO.getConnectionString())) {
            MongoDatabase db = client.getDatabase("trazo_log_test");
            InMemoryLedgerStore ledger = LogFixture.journeyLedger();
            LogStores stores = MongoSequencerTest.mongoStores(db);
            Sequencer sequencer = new Sequencer(ledger, stores, LogFixture.signer(), new SequencerPolicy(4, Duration.ZERO),
                    Clock.systemUTC());
            while (sequencer.integrate(new FencingToken(1)) instanceof Integration.Committed) {
                // next batch
            }
            assertThat(LogInvariants.check(ledger, stores, LogFixture.signer()).treeSize()).isEqualTo(LogFixture.JOURNEY.size());
        }
    }
}

package io.trazo.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.trazo.mongo.MongoLedgerStore;
import io.trazo.ledger.bundle.BundleReport;
import io.trazo.ledger.bundle.BundleVerifier;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The query service over a real {@code mongo:8} replica set, filled by ingest's store with the journey:
 * the trace and an offline-verifiable bundle, as in {@code QueryApiIntegrationTests} on the stand-in.
 * Skipped, with the reason, where Docker or the image is unavailable.
 */
@Testcontainers(disabledWithoutDocker = true)
class QueryOnMongoContainerTests {

    private static MongoDBContainer mongo;

    @BeforeAll
    static void start() {
        mongo = new MongoDBContainer("mongo:8");
        try {
            mongo.start();
        } catch (RuntimeException e) {
            Assumptions.abort("mongo:8 is unavailable here: " + e.getMessage());
        }
        try (MongoClient client = MongoClients.create(mongo.getReplicaSetUrl())) {
            JourneyLedger.fill(new MongoLedgerStore(client.getDatabase("trazo-containers")).ensureIndexes());
        }
    }

    @AfterAll
    static void stop() {
        if (mongo != null) {
            mongo.stop();
        }
    }

    @Test
    void theRetailLotTracesAndItsBundleVerifiesOfflineOnRealMongo() {
        try (ConfigurableApplicationContext query = new SpringApplicationBuilder(QueryApplication.class).run(
                "--spring.mongodb.uri=" + mongo.getReplicaSetUrl(), "--trazo.query.database=trazo-containers", "--server.port=0")) {
            RestClient http = RestClient.create("http://127.0.0.1:" + query.getEnvironment().getProperty("local.server.port"));
            String lot = URLEncoder.encode(CoffeeJourney.RETAIL, StandardCharsets.UTF_8);
            String journey = http.get().uri("/lots/" + lot + "/trace/upstream?view=journey").retrieve().body(String.class);
            assertThat(journey).contains("BizStep-harvesting").contains(CoffeeJourney.CHERRY_WOMEN).contains(CoffeeJourney.CHERRY_ORGANIC);
            byte[] bundle = http.get().uri("/lots/" + lot + "/bundle").retrieve().body(byte[].class);
            BundleReport report = new BundleVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard()).verify(bundle);
            assertThat(report.ok()).as(report.toString()).isTrue();
        }
    }
}

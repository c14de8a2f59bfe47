package io.trazo.query.provenance;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.append.log.LogFixture;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.bundle.BundleReport;
import io.trazo.ledger.bundle.BundleVerifier;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.mongo.LedgerCollections;
import io.trazo.query.SeededLedger;
import io.trazo.query.store.IntegrityAlarm;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A store whose status records no longer give the map the log committed to: query's replay disagrees with the
 * map-root leaf, so the bundle goes out without key-status proofs (never with wrong ones) and the integrity
 * alarm fires.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StatusMapDisagreementIntegrationTests {

    private static final SeededLedger LEDGER = SeededLedger.journey("trazo-map-disagrees-it-");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        LEDGER.register(registry);
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void aStatusRecordUnflaggedInTheLeafIndexYieldsABundleWithoutProofsAndAnAlarm() throws Exception {
        LoggedLedger log = new LoggedLedger(LEDGER.uri(), LEDGER.name());
        log.sequence();
        try (MongoClient client = MongoClients.create(LEDGER.uri())) {
            var leaves = client.getDatabase(LEDGER.name()).getCollection(LedgerCollections.LOG_LEAVES);
            // Before the first map-root leaf every record is read (a log older than the map has no flags), so unflag one after it.
            Document firstRoot = leaves.find(exists("mapRoot")).sort(Sorts.ascending("_id")).first();
            Document mapped = leaves.find(and(eq("mapped", true), gt("_id", firstRoot.get("_id")))).first();
            assertThat(mapped).as("the sequencer flags the status records it maps").isNotNull();
            leaves.updateOne(eq("_id", mapped.get("_id")), Updates.unset("mapped"));
        }

        byte[] bundle = log.bundle(port, CoffeeJourney.RETAIL);
        JsonObject json = LoggedLedger.json(bundle);
        assertThat(json.has("keyStatusProofs")).isFalse();
        assertThat(json.has("log")).as("the log evidence is still right, and still served").isTrue();
        BundleReport report = new BundleVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard())
                .withLog(LogFixture.ORIGIN, LogFixture.signer().verifierKey()).verify(bundle);
        assertThat(report.ok()).isTrue();
        assertThat(report.keyStatusProven()).isFalse();
        assertThat(meters.counter(IntegrityAlarm.COUNTER, "check", BundleMembers.MAP_ROOT_CHECK).count()).isEqualTo(1.0);

        log.bundle(port, CoffeeJourney.RETAIL);
        assertThat(meters.counter(IntegrityAlarm.COUNTER, "check", BundleMembers.MAP_ROOT_CHECK).count())
                .as("the snapshot stays at the leaf it disagrees with").isEqualTo(2.0);
    }
}

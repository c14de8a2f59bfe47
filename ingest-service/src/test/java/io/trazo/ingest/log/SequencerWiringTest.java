package io.trazo.ingest.log;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.ledger.log.CheckpointHistory;
import io.trazo.ledger.log.LogFixture;
import io.trazo.ledger.log.LogStores;
import io.trazo.ledger.merkle.checkpoint.Checkpoints;
import io.trazo.ledger.store.InMemoryLedgerStore;
import io.trazo.ledger.store.LedgerStore;
import java.util.Base64;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Spring wiring of the sequencer on the Mongo-wire stand-in, with an in-memory ledger filled with
 * the journey standing in for ingest's store. Rounds are run by hand, so nothing waits on the schedule.
 */
@SpringBootTest(properties = {"trazo.log.enabled=true", "trazo.log.origin=" + LogFixture.ORIGIN,
        "trazo.log.interval=1h", "trazo.log.instance=test-instance", "management.health.mongodb.enabled=false"})
class SequencerWiringTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        String uri = MongoStandIn.freshUri();
        registry.add("spring.mongodb.uri", () -> uri);
        registry.add("trazo.log.signer-key", SequencerWiringTest::signerKey);
    }

    /** The C2SP signer-key text of {@link LogFixture#signer()}, as an operator would set it. */
    static String signerKey() {
        byte[] typed = new byte[33];
        typed[0] = 1;
        java.util.Arrays.fill(typed, 1, 33, (byte) 7);
        return "PRIVATE+KEY+" + LogFixture.ORIGIN + "+" + String.format("%08x", LogFixture.signer().verifierKey().keyId())
                + "+" + Base64.getEncoder().encodeToString(typed);
    }

    @TestConfiguration
    static class JourneyLedger {
        @Bean
        LedgerStore ledgerStore() {
            InMemoryLedgerStore ledger = new InMemoryLedgerStore();
            LogFixture.append(ledger, LogFixture.JOURNEY);
            return ledger;
        }
    }

    @Autowired
    SequencerRunner runner;

    @Autowired
    SequencerHealthIndicator health;

    @Autowired
    LogStores stores;

    @Autowired
    MeterRegistry meters;

    @Autowired
    MongoClient client;

    @Autowired
    org.springframework.core.env.Environment env;

    @Test
    void theLeaseHolderIntegratesTheLedgerSignsACheckpointAndTurnsDownOnATamperedTile() throws Exception {
        runner.round();
        CheckpointHistory history = stores.history();
        byte[] note = history.latest().orElseThrow().bytes();
        assertThat(Checkpoints.open(note, LogFixture.ORIGIN, LogFixture.signer().verifierKey()).checkpoint().size())
                .isEqualTo(LogFixture.JOURNEY.size());
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("leader", true);
        assertThat(meters.counter("trazo.log.leaves.integrated").count()).isEqualTo(LogFixture.JOURNEY.size());

        MongoCollection<Document> tiles = client.getDatabase(LogConfiguration.databaseName(env))
                .getCollection(MongoTileStore.COLLECTION);
        Document leaves = tiles.find(eq("level", 0)).first();
        byte[] forged = leaves.get("hashes", Binary.class).getData();
        forged[5] ^= 1;
        tiles.updateOne(eq("_id", leaves.getString("_id")), set("hashes", new Binary(forged)));

        runner.round();
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).containsEntry("reason", "TILES_DO_NOT_REPRODUCE_ROOT");
        assertThat(meters.counter("trazo.log.alarms").count()).isEqualTo(1);
        assertThat(history.since(0, 10)).hasSize(1);
    }
}

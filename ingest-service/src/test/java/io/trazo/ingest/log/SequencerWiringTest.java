package io.trazo.ingest.log;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.trazo.mongo.LedgerCollections;
import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.append.log.CheckpointHistory;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogStores;
import io.trazo.ledger.merkle.checkpoint.Checkpoints;
import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.IngestRig;
import java.util.Base64;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/**
 * The Spring wiring of the sequencer in a real ingest instance (embedded broker, Mongo-wire stand-in,
 * the real MongoLedgerStore), with the journey appended through ingest's own store. Rounds are run by
 * hand, so nothing waits on the schedule.
 */
class SequencerWiringTest {

    /** The C2SP signer-key text of {@link LogFixture#signer()}, as an operator would set it. */
    static String signerKey() {
        byte[] typed = new byte[33];
        typed[0] = 1;
        java.util.Arrays.fill(typed, 1, 33, (byte) 7);
        return "PRIVATE+KEY+" + LogFixture.ORIGIN + "+" + String.format("%08x", LogFixture.signer().verifierKey().keyId())
                + "+" + Base64.getEncoder().encodeToString(typed);
    }

    @Test
    void theLeaseHolderIntegratesTheLedgerSignsACheckpointAndTurnsDownOnATamperedTile() throws Exception {
        try (IngestRig rig = new IngestRig(); IngestInstance ingest = IngestInstance.start(rig, Map.of("trazo.log.enabled", "true",
                "trazo.log.origin", LogFixture.ORIGIN, "trazo.log.interval", "1h", "trazo.log.instance", "test-instance",
                "trazo.log.signer-key", signerKey()))) {
            LogFixture.append(ingest.store(), LogFixture.JOURNEY);
            var context = ingest.context();
            SequencerRunner runner = context.getBean(SequencerRunner.class);
            SequencerHealthIndicator health = context.getBean(SequencerHealthIndicator.class);
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            runner.round();
            CheckpointHistory history = context.getBean(LogStores.class).history();
            byte[] note = history.latest().orElseThrow().bytes();
            assertThat(Checkpoints.open(note, LogFixture.ORIGIN, LogFixture.signer().verifierKey()).checkpoint().size())
                    .as("the records, then the map-root leaf (protocol §20.7)").isEqualTo(LogFixture.JOURNEY.size() + 1);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(health.health().getDetails()).containsEntry("leader", true);
            assertThat(meters.counter("trazo.log.leaves.integrated").count()).isEqualTo(LogFixture.JOURNEY.size());

            MongoCollection<Document> tiles = context.getBean(MongoDatabase.class).getCollection(LedgerCollections.LOG_TILES);
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
}

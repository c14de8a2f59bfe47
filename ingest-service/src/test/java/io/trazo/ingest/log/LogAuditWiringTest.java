package io.trazo.ingest.log;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.Tampering;
import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.IngestRig;
import io.trazo.ledger.crypto.Digest;
import io.trazo.mongo.LedgerCollections;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/**
 * The store auditor wired into a real ingest instance (embedded broker, Mongo-wire stand-in, the real
 * Mongo adapters): the stores are edited behind the log's back with the driver, as an attacker with
 * database access would, and the operator's {@code POST /actuator/logaudit} names each edit. The
 * continuous audit turns health DOWN and counts the finding. Steps are run by hand.
 */
class LogAuditWiringTest {

    @Test
    void theAuditorFindsAnEditedRecordAFlippedTileByteAndAnEditedCheckpoint() throws Exception {
        try (IngestRig rig = new IngestRig(); IngestInstance ingest = IngestInstance.start(rig, Map.of("trazo.log.enabled", "true",
                "trazo.log.origin", LogFixture.ORIGIN, "trazo.log.interval", "1h", "trazo.log.instance", "test-instance",
                "trazo.log.signer-key", SequencerWiringTest.signerKey(), "trazo.log.audit.interval", "1h"))) {
            List<Digest> order = LogFixture.append(ingest.store(), LogFixture.JOURNEY);
            var context = ingest.context();
            context.getBean(SequencerRunner.class).round();
            LogAuditRunner runner = context.getBean(LogAuditRunner.class);
            LogAuditHealthIndicator health = context.getBean(LogAuditHealthIndicator.class);
            MongoDatabase db = context.getBean(MongoDatabase.class);
            String port = context.getEnvironment().getProperty("local.server.port");

            // the journey's records and the map-root leaf that ends the checkpoint (protocol §20.7)
            assertThat(audit(port)).contains("\"clean\":true", "\"leavesAudited\":" + (LogFixture.JOURNEY.size() + 1));
            runner.step();
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);

            MongoCollection<Document> records = db.getCollection(LedgerCollections.RECORDS);
            Digest victim = order.get(9);
            Document doc = records.find(eq("_id", victim.hex())).first();
            byte[] honest = doc.get("wire", Binary.class).getData();
            records.updateOne(eq("_id", victim.hex()), set("wire", new Binary(Tampering.swapSignature(honest, LogFixture.JOURNEY.get(20)))));
            assertThat(audit(port)).contains("\"clean\":false", "\"kind\":\"TILE_MISMATCH\",\"leaf\":9,\"record\":\"" + victim.hex());
            runner.step();
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.health().getDetails()).containsEntry("finding", "TILE_MISMATCH");
            assertThat(context.getBean(MeterRegistry.class).counter("trazo.log.audit.findings").count()).isGreaterThanOrEqualTo(1);
            records.updateOne(eq("_id", victim.hex()), set("wire", new Binary(honest)));
            assertThat(audit(port)).contains("\"clean\":true");

            MongoCollection<Document> tiles = db.getCollection(LedgerCollections.LOG_TILES);
            Document tile = tiles.find(eq("level", 0)).first();
            byte[] hashes = tile.get("hashes", Binary.class).getData();
            byte[] flipped = hashes.clone();
            flipped[32 * 3 + 1] ^= 1;
            tiles.updateOne(eq("_id", tile.getString("_id")), set("hashes", new Binary(flipped)));
            assertThat(audit(port)).contains("\"kind\":\"TILE_MISMATCH\",\"leaf\":3,\"record\":\"" + order.get(3).hex());
            tiles.updateOne(eq("_id", tile.getString("_id")), set("hashes", new Binary(hashes)));

            MongoCollection<Document> checkpoints = db.getCollection(LedgerCollections.LOG_CHECKPOINTS);
            Document latest = checkpoints.find().sort(new Document("_id", -1)).first();
            String note = latest.getString("note");
            checkpoints.updateOne(eq("_id", latest.get("_id")), set("note", note.replaceFirst("\n" + (LogFixture.JOURNEY.size() + 1) + "\n",
                    "\n" + (LogFixture.JOURNEY.size() + 2) + "\n")));
            assertThat(audit(port)).contains("\"kind\":\"CHECKPOINT_INVALID\"");
        }
    }

    private static String audit(String port) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/logaudit")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}

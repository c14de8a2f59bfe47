package io.trazo.query.provenance;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.Integration;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.MutableClock;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.append.log.StatusMapRoots;
import io.trazo.ledger.bundle.BundleFormat;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.merkle.note.CosignerSignerKey;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.mongo.MongoLedgerStore;
import io.trazo.mongo.log.MongoCheckpointHistory;
import io.trazo.mongo.log.MongoCosignatureStore;
import io.trazo.mongo.log.MongoLeafIndex;
import io.trazo.mongo.log.MongoLogStateStore;
import io.trazo.mongo.log.MongoTileStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.web.client.RestClient;

/** What ingest does to a query test's database: appends, sequences with the real status map, stores cosignatures. */
final class LoggedLedger {

    static final CosignerSignerKey WITNESS = CosignerSignerKey.of("witness.trazo.test/one", seed(7));
    static final CosignerSignerKey OTHER_WITNESS = CosignerSignerKey.of("witness.trazo.test/two", seed(8));
    /** Each sequencer run takes a newer lease, as a restarted ingest instance would. */
    private static final AtomicLong TOKENS = new AtomicLong();

    private final String uri;
    private final String database;

    LoggedLedger(String uri, String database) {
        this.uri = uri;
        this.database = database;
    }

    /** Integrates everything appended so far; returns the latest checkpoint's size. */
    long sequence() throws Exception {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase(database);
            LogStores stores = new LogStores(new MongoTileStore(db), new MongoLogStateStore(db), new MongoCheckpointHistory(db),
                    new MongoLeafIndex(db));
            Sequencer sequencer = new Sequencer(new MongoLedgerStore(db), stores, LogFixture.signer(),
                    new SequencerPolicy(16, Duration.ZERO), MutableClock.atEpoch(), StatusMapRoots.empty());
            FencingToken token = new FencingToken(TOKENS.incrementAndGet());
            while (sequencer.integrate(token) instanceof Integration.Committed) {
                // next batch
            }
            return new MongoCheckpointHistory(db).latest().orElseThrow().size();
        }
    }

    /** Stores {@link #WITNESS}'s cosignature of the checkpoint of {@code size}, as ingest's witness submitter does. */
    String cosign(long size) {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase(database);
            SignedCheckpoint plain = new MongoCheckpointHistory(db).at(size).orElseThrow();
            String text = plain.note().substring(0, plain.note().lastIndexOf("\n\n") + 1);
            String line = WITNESS.cosign(text, Instant.now().getEpochSecond()).text();
            new MongoCosignatureStore(db).record(size, WITNESS.verifierKey().encode(), line);
            return line;
        }
    }

    void revoke(String actor, Instant revokedAt) {
        try (MongoClient client = MongoClients.create(uri)) {
            JourneyLedger.revoke(new MongoLedgerStore(client.getDatabase(database)), actor, revokedAt);
        }
    }

    byte[] bundle(int port, String lot) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).build().get().uri("/lots/" + lot + "/bundle").retrieve()
                .body(byte[].class);
    }

    static JsonObject json(byte[] bundle) {
        return (JsonObject) new StrictJson(new StrictJson.Limits(BundleFormat.MAX_BYTES, 8)).parse(bundle);
    }

    /** The bundle's key-status element for {@code id}. */
    static JsonObject element(byte[] bundle, String id) {
        for (JsonValue e : BundleFormat.read(bundle).keyStatusProofs().orElseThrow().elements()) {
            if (((JsonObject) e).get("id").filter(new JsonString(id)::equals).isPresent()) {
                return (JsonObject) e;
            }
        }
        throw new AssertionError("no key-status element for " + id);
    }

    /** A signed note with only the log's own signature line, the first after the blank line. */
    static String withoutCosignatureLines(String note) {
        int split = note.lastIndexOf("\n\n") + 2;
        return note.substring(0, split) + note.substring(split).lines().findFirst().orElseThrow() + "\n";
    }

    private static byte[] seed(int b) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) b);
        return seed;
    }
}

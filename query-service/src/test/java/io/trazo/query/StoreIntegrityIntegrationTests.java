package io.trazo.query;

import static io.trazo.demo.CoffeeJourney.PLOT_ORGANIC;
import static io.trazo.demo.CoffeeJourney.RETAIL;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.Integration;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogIntegrityException;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.MutableClock;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.append.log.Tampering;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.mongo.LedgerCollections;
import io.trazo.mongo.MongoLedgerStore;
import io.trazo.mongo.log.MongoCheckpointHistory;
import io.trazo.mongo.log.MongoLeafIndex;
import io.trazo.mongo.log.MongoLogStateStore;
import io.trazo.mongo.log.MongoTileStore;
import io.trazo.mongo.MongoTarget;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Records changed in the store behind the writer's back (docs/operations.md §Store integrity), over the
 * Mongo-wire stand-in, with the whole journey in the transparency log. Each test edits the store the way
 * an attacker with database access would, names the read path that catches it, and puts the record back.
 * Verification is asked for twice first, so the service's memo of verified records is warm: a memo hit
 * must not keep vouching for a record the store no longer holds as verified.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StoreIntegrityIntegrationTests {

    private static final String DATABASE = "trazo-integrity-it";
    private static final String PROBLEM = "\"type\":\"https://trazo.dev/problems/store-integrity\"";
    /** Shared by every test of this JVM, which keep apart by database name. */
    private static final MongoTarget MONGO = MongoTarget.shared();
    private static final MongoClient CLIENT;

    static {
        CLIENT = MongoClients.create(MONGO.uri());
        try {
            sequenceTheJourney(CLIENT.getDatabase(DATABASE));
        } catch (LogIntegrityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sequenceTheJourney(MongoDatabase db) throws LogIntegrityException {
        JourneyLedger.fill(new MongoLedgerStore(db).ensureIndexes());
        LogStores stores = new LogStores(new MongoTileStore(db), new MongoLogStateStore(db), new MongoCheckpointHistory(db),
                new MongoLeafIndex(db));
        Sequencer sequencer = new Sequencer(new MongoLedgerStore(db), stores, LogFixture.signer(), new SequencerPolicy(16, Duration.ZERO),
                MutableClock.atEpoch());
        while (sequencer.integrate(new FencingToken(1)) instanceof Integration.Committed) {
            // next batch
        }
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
        registry.add("trazo.query.database", () -> DATABASE);
    }

    @AfterAll
    static void stop() {
        CLIENT.close();
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void changedBytesFailTheRecordHashOnRecordsEventsAndVerificationAndAreCounted() {
        String hash = firstHash(get("/records?bizStep=shipping").getBody());
        warmVerification();
        double before = integrityCount();
        byte[] wire = wire(hash);
        String altered = new String(wire, StandardCharsets.UTF_8).replaceFirst("\"2026-", "\"2027-");
        setWire(hash, altered.getBytes(StandardCharsets.UTF_8));
        try {
            assertIntegrityProblem(get("/records/" + hash), hash, "record-hash");
            assertIntegrityProblem(get("/events?EQ_bizStep=shipping"), hash, "record-hash");
            assertFailedVerification(hash, "record-hash");
            assertThat(integrityCount()).isGreaterThanOrEqualTo(before + 3);
        } finally {
            setWire(hash, wire);
        }
        assertThat(get("/records/" + hash).getBody()).contains("\"logLeaf\":\"matched\"");
    }

    /** Same record hash (it leaves the signatures out), other log leaf: only the leaf check sees it. */
    @Test
    void aSwappedSignatureFailsTheLogLeafOnTheRecordItsVerificationAndItsBundle() {
        String hash = firstHash(get("/records?bizStep=retail_selling").getBody());
        String donor = firstHash(get("/records?bizStep=shipping").getBody());
        warmVerification();
        byte[] wire = wire(hash);
        setWire(hash, Tampering.swapSignature(wire, wire(donor)));
        try {
            assertIntegrityProblem(get("/records/" + hash), hash, "log-leaf");
            assertFailedVerification(hash, "log-leaf");
            assertIntegrityProblem(get("/lots/" + RETAIL + "/bundle"), hash, "log-leaf");
        } finally {
            setWire(hash, wire);
        }
        assertThat(get("/lots/" + RETAIL + "/bundle").getStatusCode().value()).isEqualTo(200);
    }

    /** The log names the record, so the store's silence is a deletion, not an unknown record. */
    @Test
    void aDeletedRecordIsMissingOnItsRecordAndFailsVerificationInsteadOfAServerError() {
        String hash = firstHash(get("/records?bizStep=receiving").getBody());
        warmVerification();
        Document saved = records().find(Filters.eq("_id", hash)).first();
        records().deleteOne(Filters.eq("_id", hash));
        try {
            assertIntegrityProblem(get("/records/" + hash), hash, "missing");
            assertFailedVerification(hash, "missing");
        } finally {
            records().insertOne(saved);
        }
        assertThat(get("/records/" + hash).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void twoRecordsWithSwappedBytesEachFailTheirRecordHashOnRecordsPagesAndVerification() {
        String a = firstHash(get("/records?bizStep=shipping").getBody());
        String b = firstHash(get("/records?bizStep=retail_selling").getBody());
        warmVerification();
        byte[] wireA = wire(a);
        byte[] wireB = wire(b);
        setWire(a, wireB);
        setWire(b, wireA);
        try {
            assertIntegrityProblem(get("/records/" + a), a, "record-hash");
            assertIntegrityProblem(get("/records/" + b), b, "record-hash");
            assertIntegrityProblem(get("/records?bizStep=shipping"), a, "record-hash");
            ResponseEntity<String> verification = get("/lots/" + RETAIL + "/verification");
            assertThat(verification.getStatusCode().value()).isEqualTo(200);
            assertThat(verification.getBody()).contains("\"ok\":false", "\"check\":\"record-hash\"");
        } finally {
            setWire(a, wireA);
            setWire(b, wireB);
        }
    }

    /** Before: the memo of verified records kept answering ok:true until the service restarted. */
    @Test
    void aWarmVerificationStopsVouchingForARecordChangedInTheStore() {
        String hash = firstHash(get("/records?bizStep=shipping").getBody());
        warmVerification();
        byte[] wire = wire(hash);
        setWire(hash, new String(wire, StandardCharsets.UTF_8).replaceFirst("\"2026-", "\"2025-").getBytes(StandardCharsets.UTF_8));
        try {
            assertFailedVerification(hash, "record-hash");
        } finally {
            setWire(hash, wire);
        }
        warmVerification();
    }

    /** The summary reads plot records by hash from the store: a changed one is named, not a generic 500. */
    @Test
    void aLotSummaryOverAChangedPlotRecordIsAnIntegrityProblem() {
        Matcher origin = Pattern.compile("\"plotId\":\"" + Pattern.quote(PLOT_ORGANIC) + "\".*?\"record\":\"([0-9a-f]{64})\"")
                .matcher(get("/lots/" + RETAIL).getBody());
        assertThat(origin.find()).isTrue();
        String hash = origin.group(1);
        byte[] wire = wire(hash);
        setWire(hash, new String(wire, StandardCharsets.UTF_8).replaceFirst("\"2026-", "\"2024-").getBytes(StandardCharsets.UTF_8));
        try {
            assertIntegrityProblem(get("/lots/" + RETAIL), hash, "record-hash");
        } finally {
            setWire(hash, wire);
        }
        assertThat(get("/lots/" + RETAIL).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void untouchedRecordsSayTheyMatchedTheirLogLeaves() {
        String hash = firstHash(get("/records?bizStep=shipping").getBody());
        assertThat(get("/records/" + hash).getBody()).contains("\"logLeaf\":\"matched\"");
        assertThat(get("/lots/" + RETAIL + "/verification").getBody()).contains("\"ok\":true", "\"loggedRecords\":40",
                "\"notYetLogged\":0");
    }

    private void warmVerification() {
        for (int i = 0; i < 2; i++) {
            assertThat(get("/lots/" + RETAIL + "/verification").getBody()).contains("\"ok\":true");
        }
    }

    private void assertFailedVerification(String hash, String check) {
        ResponseEntity<String> r = get("/lots/" + RETAIL + "/verification");
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
        assertThat(r.getBody()).contains("\"ok\":false", "\"check\":\"" + check + "\"", "\"record\":\"" + hash + "\"");
    }

    private static void assertIntegrityProblem(ResponseEntity<String> r, String hash, String check) {
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(500);
        assertThat(r.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(r.getBody()).contains(PROBLEM, "\"record\":\"" + hash + "\"", "\"check\":\"" + check + "\"");
    }

    private double integrityCount() {
        return meters.find("trazo.query.store.integrity").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private static MongoCollection<Document> records() {
        return CLIENT.getDatabase(DATABASE).getCollection(LedgerCollections.RECORDS);
    }

    private static byte[] wire(String hash) {
        return records().find(Filters.eq("_id", hash)).first().get("wire", Binary.class).getData();
    }

    private static void setWire(String hash, byte[] wire) {
        records().updateOne(Filters.eq("_id", hash), Updates.set("wire", new Binary(wire)));
    }

    private static String firstHash(String page) {
        Matcher m = Pattern.compile("\"hash\":\"([0-9a-f]{64})\"").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    private ResponseEntity<String> get(String uri) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { })
                .build().get().uri(uri).retrieve().toEntity(String.class);
    }
}

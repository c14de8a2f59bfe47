package io.trazo.query.provenance;

import static io.trazo.demo.CoffeeJourney.RETAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.append.log.Tampering;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.crypto.VerifiedSignatures;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.verify.Verifier;
import io.trazo.mongo.LedgerCollections;
import io.trazo.query.SeededLedger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
 * Verify-ahead in the running service over the Mongo-wire stand-in: once it has caught up, a never-seen lot's
 * page and verification run no Ed25519 of their own and say what a verifier without any memo says; a record
 * appended later is checked within the poll; and a record changed in the store after it was checked is still
 * reported, because the memo holds the exact bytes' result only. The parsed-records memo is off, so every view
 * reads and parses its evidence from the store as a never-seen lot's view does, and the signature memo is the
 * only thing between a changed record and its check.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"trazo.query.verify-ahead.poll=100ms", "trazo.query.cache.parsed-records=0"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerifyAheadIntegrationTests {

    private static final SeededLedger LEDGER = SeededLedger.journey("trazo-verify-ahead-it-");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        LEDGER.register(registry);
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    VerifyAhead ahead;

    @Autowired
    VerifiedSignatures memo;

    @Autowired
    Provenance provenance;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void caughtUp() throws Exception {
        assertThat(ahead.warmUpState().awaitDone(Duration.ofSeconds(60))).isTrue();
        awaitFollowed();
    }

    /** First, so that no earlier view has put any of the lot's signatures into the memo: only verify-ahead can have. */
    @Test
    @Order(1)
    void aNeverSeenPageAndVerificationRunNoEd25519AndReportWhatAVerifierWithoutMemoReports() {
        long misses = memo.misses();
        ResponseEntity<String> page = get("/lots/" + RETAIL + "/page");
        assertThat(page.getStatusCode().value()).as(page.getBody()).isEqualTo(200);
        assertThat(get("/lots/" + RETAIL + "/verification").getBody()).contains("\"ok\":true");
        assertThat(memo.misses()).as("Ed25519 checks made by the page view and the verification").isEqualTo(misses);

        Provenance.Verification v = provenance.verify(RETAIL);
        List<byte[]> wires = v.evidence().stream().map(StoredRecord::wire).toList();
        assertThat(v.report()).isEqualTo(new Verifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard()).verify(wires));
        assertThat(v.report().ok()).isTrue();
        assertThat(memo.misses()).isEqualTo(misses);
    }

    @Test
    void healthAndMetricsSayHowFarVerifyAheadGotAndWhatTheMemoHolds() {
        String health = get("/actuator/health").getBody();
        assertThat(health).contains("\"verifyAhead\":{\"state\":\"ready\"");
        assertThat(ahead.records()).isGreaterThanOrEqualTo(CoffeeJourney.records().size());
        assertThat(ahead.skipped()).isZero();
        assertThat(meters.get("trazo.query.signatures.memo").gauge().value()).isEqualTo(memo.size()).isPositive();
        assertThat(meters.get("trazo.query.signatures.memo.misses").functionCounter().count()).isEqualTo(memo.misses());
    }

    /** A revocation of the roaster's key from 2031 on: in the retail lot's evidence, and no record of the journey falls under it. */
    @Test
    void aRecordAppendedAfterCatchUpIsCheckedWithinThePollAndItsLotsNextViewRunsNoEd25519() throws Exception {
        long before = LEDGER.store().lastPosition();
        JourneyLedger.revoke(LEDGER.store(), DemoParties.ROASTER, Instant.parse("2031-01-01T00:00:00Z"));
        awaitFollowed();
        assertThat(ahead.next()).isGreaterThan(before + 1);

        long misses = memo.misses();
        ResponseEntity<String> verification = get("/lots/" + RETAIL + "/verification");
        assertThat(verification.getBody()).contains("\"ok\":true", "\"type\":\"revocation\"");
        assertThat(memo.misses()).as("Ed25519 checks made by the verification").isEqualTo(misses);
    }

    /** The journey is not in a transparency log here, so only the signature check itself can see a swapped signature. */
    @Test
    void aSignatureSwappedInTheStoreAfterItWasCheckedAheadIsReportedBadByThePageAndTheVerification() {
        String sale = hashOfLast();
        String donor = hashAt(CoffeeJourney.records().size() - 2);
        byte[] wire = wire(sale);
        setWire(sale, Tampering.swapSignature(wire, wire(donor)));
        try {
            ResponseEntity<String> verification = get("/lots/" + RETAIL + "/verification");
            assertThat(verification.getBody()).contains("\"ok\":false", "\"code\":\"BAD_SIGNATURE\"");
            assertThat(get("/lots/" + RETAIL + "/page").getBody()).contains("\"ok\":false", "BAD_SIGNATURE");
        } finally {
            setWire(sale, wire);
        }
        assertThat(get("/lots/" + RETAIL + "/verification").getBody()).contains("\"ok\":true");
    }

    @Test
    void aRecordWhoseBytesChangedInTheStoreAfterItWasCheckedAheadFailsItsRecordHash() {
        String sale = hashOfLast();
        byte[] wire = wire(sale);
        setWire(sale, new String(wire, StandardCharsets.UTF_8).replaceFirst("\"2026-", "\"2027-").getBytes(StandardCharsets.UTF_8));
        try {
            assertThat(get("/lots/" + RETAIL + "/verification").getBody()).contains("\"ok\":false", "\"check\":\"record-hash\"",
                    "\"record\":\"" + sale + "\"");
        } finally {
            setWire(sale, wire);
        }
    }

    private void awaitFollowed() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ahead.next()).as("verify-ahead followed the ledger").isGreaterThan(LEDGER.store().lastPosition()));
    }

    private static String hashOfLast() {
        return hashAt(CoffeeJourney.records().size() - 1);
    }

    /** The journey's record at {@code index}, which the append code accepted at position {@code index + 1}. */
    private static String hashAt(int index) {
        return LEDGER.store().acceptedAt(index + 1).orElseThrow().hex();
    }

    private static MongoCollection<Document> records() {
        return LEDGER.database().getCollection(LedgerCollections.RECORDS);
    }

    private static byte[] wire(String hash) {
        return records().find(Filters.eq("_id", hash)).first().get("wire", Binary.class).getData();
    }

    private static void setWire(String hash, byte[] wire) {
        records().updateOne(Filters.eq("_id", hash), Updates.set("wire", new Binary(wire)));
    }

    private ResponseEntity<String> get(String uri) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { })
                .build().get().uri(uri).retrieve().toEntity(String.class);
    }
}

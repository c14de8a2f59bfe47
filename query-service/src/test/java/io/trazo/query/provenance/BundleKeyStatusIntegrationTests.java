package io.trazo.query.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.log.LogFixture;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.bundle.BundleCosignatures;
import io.trazo.ledger.bundle.BundleFormat;
import io.trazo.ledger.bundle.BundleReport;
import io.trazo.ledger.bundle.BundleVerifier;
import io.trazo.ledger.bundle.ParsedBundle;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.log.LeafProof;
import io.trazo.ledger.log.LogEvidence;
import io.trazo.ledger.merkle.note.WitnessQuorum;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.query.SeededLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Format-2 bundles from query (protocol §20.6, §19.5), over the Mongo-wire stand-in: the journey appended by
 * the real append code, logged by the real sequencer with the real status map, a cosignature stored as ingest
 * stores one, and every bundle checked by the offline verifier with the log key. The tests run in order: the
 * second revokes a key in the ledger.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BundleKeyStatusIntegrationTests {

    private static final SeededLedger LEDGER = SeededLedger.journey("trazo-key-status-it-");
    private static final BundleVerifier VERIFIER = new BundleVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard())
            .withLog(LogFixture.ORIGIN, LogFixture.signer().verifierKey());

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        LEDGER.register(registry);
    }

    @Value("${local.server.port}")
    int port;

    @Test
    @Order(1)
    void theBundleProvesEveryKeysStatusAndCarriesTheStoredCosignatureWhichMeetsAQuorumOnItsOwn() throws Exception {
        LoggedLedger log = new LoggedLedger(LEDGER.uri(), LEDGER.name());
        long size = log.sequence();
        String line = log.cosign(size);

        byte[] bundle = log.bundle(port, CoffeeJourney.RETAIL);
        JsonObject json = LoggedLedger.json(bundle);
        assertThat(json.get("trazoBundle").orElseThrow()).isEqualTo(Json.of(2));
        BundleReport report = VERIFIER.requiringKeyStatus().verify(bundle);
        assertThat(report.findings()).isEmpty();
        assertThat(report.keyStatusProven()).isTrue();
        assertThat(report.keyStatus().orElseThrow().lastLeafIndex()).isEqualTo(size - 2);

        assertThat(json.get("cosignatures").orElseThrow()).isEqualTo(new JsonArray(List.of(new JsonString(line))));
        WitnessQuorum quorum = new WitnessQuorum(List.of(LoggedLedger.WITNESS.verifierKey()), 1, Duration.ofMinutes(5));
        byte[] memberOnly = rewrite(bundle, records -> records, LoggedLedger::withoutCosignatureLines);
        assertThat(BundleCosignatures.check(memberOnly, quorum, Instant.now()))
                .as("the member alone, with the checkpoint's own cosignature lines stripped").isInstanceOf(WitnessQuorum.Result.Met.class);
        WitnessQuorum other = new WitnessQuorum(List.of(LoggedLedger.OTHER_WITNESS.verifierKey()), 1, Duration.ofMinutes(5));
        assertThat(BundleCosignatures.check(memberOnly, other, Instant.now())).isInstanceOf(WitnessQuorum.Result.Failed.class);
    }

    @Test
    @Order(2)
    void aKeyRevokedInTheLedgerIsShownByItsProofEvenWhenTheRevocationIsCutFromTheBundle() throws Exception {
        byte[] sale = CoffeeJourney.records().get(CoffeeJourney.records().size() - 1);
        String roasterKey = new DemoParties().key(DemoParties.ROASTER).keyId().value();
        LoggedLedger log = new LoggedLedger(LEDGER.uri(), LEDGER.name());
        log.revoke(DemoParties.ROASTER, RecordCodec.parse(sale).time().minusSeconds(1));
        log.sequence();

        byte[] served = log.bundle(port, CoffeeJourney.RETAIL);
        JsonObject proof = LoggedLedger.element(served, roasterKey);
        assertThat(((JsonObject) proof.get("value").orElseThrow()).has("revocation")).as(proof.toString()).isTrue();
        assertThat(VERIFIER.verify(served).ok()).as("the served bundle carries the revocation itself").isFalse();

        byte[] cut = rewrite(served, records -> records.stream().filter(r -> RecordCodec.parse(r).type() != RecordType.REVOCATION).toList(),
                note -> note);
        assertThat(BundleFormat.read(cut).records()).hasSize(BundleFormat.read(served).records().size() - 1);
        BundleReport report = VERIFIER.verify(cut);
        int saleAt = indexOf(cut, sale);
        assertThat(report.reason().orElseThrow().code().name()).as(report.findings().toString()).isEqualTo("KEY_REVOKED_IN_MAP");
        assertThat(report.reason().orElseThrow().path()).isEqualTo("/records/" + saleAt + "/sigs/0");
        assertThat(report.keyStatusProven()).isFalse();
    }

    private static int indexOf(byte[] bundle, byte[] record) {
        SignedRecord wanted = RecordCodec.parse(record);
        List<byte[]> records = BundleFormat.read(bundle).records();
        for (int i = 0; i < records.size(); i++) {
            if (RecordCodec.parse(records.get(i)).hash().equals(wanted.hash())) {
                return i;
            }
        }
        throw new AssertionError("record not in the bundle");
    }

    /** The bundle with records left out (and their log proofs with them) and its checkpoint note changed; members kept. */
    private static byte[] rewrite(byte[] bundle, java.util.function.UnaryOperator<List<byte[]>> keep,
            java.util.function.UnaryOperator<String> note) {
        ParsedBundle parsed = BundleFormat.read(bundle);
        LogEvidence log = parsed.log().orElseThrow();
        List<byte[]> kept = keep.apply(parsed.records());
        List<LeafProof> proofs = new ArrayList<>();
        for (byte[] r : kept) {
            proofs.add(log.proofs().get(indexOf(bundle, r)));
        }
        List<String> lines = LoggedLedger.json(bundle).get("cosignatures")
                .map(a -> ((JsonArray) a).elements().stream().map(v -> ((JsonString) v).value()).toList()).orElse(List.of());
        return BundleFormat.write(parsed.lot(), parsed.head(), kept, new LogEvidence(note.apply(log.checkpoint()), proofs),
                parsed.keyStatusProofs(), lines);
    }

    static List<JsonValue> elements(byte[] bundle) {
        return BundleFormat.read(bundle).keyStatusProofs().orElseThrow().elements();
    }
}

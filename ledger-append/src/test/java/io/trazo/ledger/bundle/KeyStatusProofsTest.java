package io.trazo.ledger.bundle;

import static io.trazo.demo.CoffeeJourney.RETAIL;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.log.LogFixture;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.verify.Finding;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Format-2 bundles proving their signers' key status against the log's status map (protocol §20.6). */
class KeyStatusProofsTest {

    private static final byte[] PLAIN = Bundles.export(RETAIL);
    private static final byte[] BUNDLE = StatusBundles.of(PLAIN).build();
    private static final DemoParties PARTIES = new DemoParties();
    private final BundleVerifier verifier = new BundleVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard())
            .withLog(LogFixture.ORIGIN, LogFixture.signer().verifierKey());

    @Test
    void anHonestBundleProvesTheStatusOfEveryKeyAndCertificateItUses() {
        BundleReport report = verifier.verify(BUNDLE);
        assertThat(report.findings()).isEmpty();
        assertThat(report.keyStatusProven()).isTrue();
        assertThat(report.keyStatus().orElseThrow().lastLeafIndex()).isEqualTo(Bundles.records(PLAIN).size() - 1);
        assertThat(StatusBundles.elements(BUNDLE)).extracting(e -> ((JsonObject) e).get("kind").orElseThrow())
                .contains(new JsonString("key"), new JsonString("certificate"));
    }

    @Test
    void aRevocationTheBundleLeftOutIsShownByTheMap() {
        int harvest = index(r -> r.type() == RecordType.EVENT && r.actor().equals(DemoParties.FARM_WOMEN));
        SignedRecord signed = parsed(harvest);
        byte[] revocation = RecordBuilder.governance(RecordType.REVOCATION).time(signed.time().plusSeconds(86_400 * 30))
                .body(Json.obj("keyId", signed.signatures().get(0).keyId().value(),
                        "revokedAt", RecordBuilder.formatTime(signed.time().minusSeconds(3600)), "reason", "compromised"))
                .sign(PARTIES.governance());
        byte[] hidden = StatusBundles.of(PLAIN).logOnly(List.of(revocation)).build();

        assertThat(verifier.verify(hidden).records().orElseThrow().records().get(harvest).ok())
                .as("the bundle's own records still verify").isTrue();
        assertReason(hidden, ReasonCode.KEY_REVOKED_IN_MAP, "/records/" + harvest + "/sigs/0");
    }

    @Test
    void theUnrevokedValueBesideTheProofOfTheRevokedKeyIsARootMismatch() {
        int harvest = index(r -> r.type() == RecordType.EVENT && r.actor().equals(DemoParties.FARM_WOMEN));
        SignedRecord signed = parsed(harvest);
        byte[] revocation = RecordBuilder.governance(RecordType.REVOCATION).time(signed.time().plusSeconds(86_400))
                .body(Json.obj("keyId", signed.signatures().get(0).keyId().value(),
                        "revokedAt", RecordBuilder.formatTime(signed.time().minusSeconds(1)), "reason", "compromised"))
                .sign(PARTIES.governance());
        byte[] hidden = StatusBundles.of(PLAIN).logOnly(List.of(revocation)).build();
        int at = element(hidden, signed.signatures().get(0).keyId().value());
        JsonObject honest = (JsonObject) StatusBundles.elements(BUNDLE).get(element(BUNDLE, signed.signatures().get(0).keyId().value()));
        byte[] tampered = StatusBundles.withElement(hidden, at,
                StatusBundles.with(StatusBundles.elements(hidden).get(at), "value", honest.get("value").orElseThrow()));
        assertReason(tampered, ReasonCode.STATUS_ROOT_MISMATCH, "/keyStatusProofs/" + at);
    }

    @Test
    void aSuspensionTheBundleLeftOutIsShownByTheMap() {
        int claiming = index(r -> !BundleStatusCheck.claims(r).isEmpty());
        SignedRecord event = parsed(claiming);
        String certificate = BundleStatusCheck.certificateOf(BundleStatusCheck.claims(event).get(0)).orElseThrow();
        byte[] suspension = RecordBuilder.of(RecordType.CERTIFICATE_STATUS, DemoParties.CERTIFIER).version(ProtocolVersion.V2)
                .time(event.time().plusSeconds(86_400))
                .body(Json.obj("certificate", certificate, "status", "suspended",
                        "effectiveFrom", RecordBuilder.formatTime(event.time().minusSeconds(60)), "reason", "audit overdue"))
                .sign(PARTIES.key(DemoParties.CERTIFIER));
        byte[] hidden = StatusBundles.of(PLAIN).logOnly(List.of(suspension)).build();
        assertReason(hidden, ReasonCode.CERTIFICATE_SUSPENDED_IN_MAP, "/records/" + claiming + "/body/claims/0");
    }

    @Test
    void aProofForAnotherKeyIsAWrongKeyAndAnotherKeysProofUnderThisKeysNameIsARootMismatch() {
        JsonObject first = (JsonObject) StatusBundles.elements(BUNDLE).get(1);
        JsonObject second = (JsonObject) StatusBundles.elements(BUNDLE).get(2);
        String stranger = DemoParties.stranger("farm").keyId().value();
        assertReason(StatusBundles.withElement(BUNDLE, 1, StatusBundles.with(first, "id", new JsonString(stranger))),
                ReasonCode.STATUS_PROOF_WRONG_KEY, "/keyStatusProofs/1");
        JsonObject swapped = StatusBundles.with(StatusBundles.with(first, "proof", second.get("proof").orElseThrow()),
                "value", second.get("value").orElseThrow());
        assertReason(StatusBundles.withElement(BUNDLE, 1, swapped), ReasonCode.STATUS_ROOT_MISMATCH, "/keyStatusProofs/1");
    }

    @Test
    void aProofAgainstAnOldRootIsStaleAndClaimingTheLastLeafForItIsNotIncluded() {
        byte[] stale = StatusBundles.of(PLAIN).newerRootAfter().build();
        assertReason(stale, ReasonCode.STATUS_ROOT_STALE, "/keyStatusProofs/0");
        JsonObject root = (JsonObject) StatusBundles.elements(stale).get(0);
        long last = ((io.trazo.ledger.encoding.JsonNumber) root.get("leafIndex").orElseThrow()).value().longValue() + 2;
        assertReason(StatusBundles.withElement(stale, 0, StatusBundles.with(root, "leafIndex", Json.of(last))),
                ReasonCode.STATUS_ROOT_NOT_INCLUDED, "/keyStatusProofs/0");
    }

    @Test
    void aMissingProofIsReportedAtTheFirstSignatureThatNeedsIt() {
        JsonObject first = (JsonObject) StatusBundles.elements(BUNDLE).get(1);
        String keyId = ((JsonString) first.get("id").orElseThrow()).value();
        int signer = index(r -> !r.type().governance() && r.signatures().get(0).keyId().value().equals(keyId));
        assertReason(StatusBundles.withElement(BUNDLE, 1, null), ReasonCode.STATUS_PROOF_MISSING, "/records/" + signer + "/sigs/0");
    }

    @Test
    void aMapWithoutAKeyTheBundleRegistersDisagreesWithTheBundle() {
        JsonObject first = (JsonObject) StatusBundles.elements(BUNDLE).get(1);
        String keyId = ((JsonString) first.get("id").orElseThrow()).value();
        byte[] dishonest = StatusBundles.of(PLAIN).folding(r -> !(r.type() == RecordType.KEY
                && r.body().get("keyId").orElseThrow().equals(new JsonString(keyId)))).build();
        assertReason(dishonest, ReasonCode.STATUS_VALUE_MISMATCH, "/keyStatusProofs/1");
    }

    @Test
    void malformedEvidenceHasItsOwnReasons() {
        JsonObject root = (JsonObject) StatusBundles.elements(BUNDLE).get(0);
        JsonObject first = (JsonObject) StatusBundles.elements(BUNDLE).get(1);
        assertReason(StatusBundles.withElement(BUNDLE, 0, StatusBundles.with(root, "kind", new JsonString("root"))),
                ReasonCode.STATUS_ROOT_MALFORMED, "/keyStatusProofs/0");
        assertReason(StatusBundles.withElement(BUNDLE, 0, StatusBundles.with(root, "leaf", new JsonString("AAAA"))),
                ReasonCode.STATUS_ROOT_MALFORMED, "/keyStatusProofs/0/leaf");
        String proof = ((JsonString) first.get("proof").orElseThrow()).value();
        assertReason(StatusBundles.withElement(BUNDLE, 1, StatusBundles.with(first, "proof", new JsonString(proof.endsWith("=") ? proof.replace("=", "") : proof + "=="))),
                ReasonCode.STATUS_PROOF_MALFORMED, "/keyStatusProofs/1/proof");
        byte[] longer = java.util.Arrays.copyOf(java.util.Base64.getDecoder().decode(proof), java.util.Base64.getDecoder().decode(proof).length + 1);
        assertReason(StatusBundles.withElement(BUNDLE, 1, StatusBundles.with(first, "proof",
                new JsonString(java.util.Base64.getEncoder().encodeToString(longer)))), ReasonCode.STATUS_PROOF_MALFORMED, "/keyStatusProofs/1/proof");
        assertReason(StatusBundles.withElement(BUNDLE, 1, StatusBundles.with(first, "extra", Json.of(1))),
                ReasonCode.STATUS_PROOF_MALFORMED, "/keyStatusProofs/1/extra");
        assertReason(StatusBundles.withElement(BUNDLE, 2, first), ReasonCode.STATUS_PROOF_MALFORMED, "/keyStatusProofs/2");
    }

    @Test
    void aBundleWithoutProofsIsNotProvenAndFailsOnlyWhenStatusIsRequired() {
        byte[] logged = Bundles.exportLogged(RETAIL, LogFixture.signer(), 7, -1).bytes();
        BundleReport report = verifier.verify(logged);
        assertThat(report.ok()).isTrue();
        assertThat(report.keyStatusProven()).isFalse();
        assertReason(verifier.requiringKeyStatus(), logged, ReasonCode.STATUS_PROOF_MISSING, "/keyStatusProofs");
        assertThat(verifier.requiringKeyStatus().verify(BUNDLE).keyStatusProven()).isTrue();
    }

    @Test
    void proofsWithoutLogEvidenceAnchorNothing() {
        byte[] unanchored = Bundles.withMember(Bundles.withMember(PLAIN, "trazoBundle", Json.of(2)), "keyStatusProofs",
                Json.arr(StatusBundles.elements(BUNDLE).toArray()));
        BundleVerifier withoutLog = new BundleVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
        assertReason(withoutLog, unanchored, ReasonCode.STATUS_ROOT_NOT_INCLUDED, "/keyStatusProofs/0");
    }

    private static int index(Predicate<SignedRecord> which) {
        List<byte[]> records = Bundles.records(PLAIN);
        for (int i = 0; i < records.size(); i++) {
            if (which.test(RecordCodec.parse(records.get(i)))) {
                return i;
            }
        }
        throw new AssertionError("no such record");
    }

    private static SignedRecord parsed(int i) {
        return RecordCodec.parse(Bundles.records(PLAIN).get(i));
    }

    private static int element(byte[] bundle, String id) {
        List<io.trazo.ledger.encoding.JsonValue> elements = StatusBundles.elements(bundle);
        for (int i = 1; i < elements.size(); i++) {
            if (((JsonObject) elements.get(i)).get("id").orElseThrow().equals(new JsonString(id))) {
                return i;
            }
        }
        throw new AssertionError("no proof for " + id);
    }

    private void assertReason(byte[] bundle, ReasonCode code, String path) {
        assertReason(verifier, bundle, code, path);
    }

    private static void assertReason(BundleVerifier v, byte[] bundle, ReasonCode code, String path) {
        BundleReport report = v.verify(bundle);
        Finding reason = report.reason().orElseThrow(() -> new AssertionError("tampered bundle verified"));
        assertThat(reason.code()).as(report.findings().toString()).isEqualTo(code);
        assertThat(reason.path()).as(reason.toString()).isEqualTo(path);
        assertThat(report.keyStatusProven()).isFalse();
    }
}

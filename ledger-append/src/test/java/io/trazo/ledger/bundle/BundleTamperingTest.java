package io.trazo.ledger.bundle;

import static io.trazo.demo.CoffeeJourney.RETAIL;
import static io.trazo.ledger.encoding.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.crypto.Base64Url;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RegistryRecords;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.verify.Finding;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class BundleTamperingTest {

    private static final byte[] BUNDLE = Bundles.export(RETAIL);
    private final BundleVerifier verifier = new BundleVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());

    @Test
    void theExportedBundleOfTheRetailLotVerifiesWithOnlyTheTrustRoot() {
        BundleReport report = verifier.verify(BUNDLE);
        assertThat(report.findings()).isEmpty();
        assertThat(report.lot()).contains(RETAIL);
        // 17 events, 2 plots, 3 certificates, 9 actors and their 9 keys
        assertThat(report.records().orElseThrow().records()).hasSize(40);
    }

    @Test
    void changedRecordBytesFailThatRecordsSignature() {
        int cert = index(r -> r.type() == RecordType.CERTIFICATE);
        byte[] tampered = Bundles.withRecords(BUNDLE, rs -> {
            rs.set(cert, replace(rs.get(cert), "Green and cherry coffee", "Green and cherry coffeE"));
            return rs;
        });
        assertReason(tampered, ReasonCode.BAD_SIGNATURE, "/records/" + cert + "/sigs/0");
    }

    @Test
    void aRecordDroppedFromTheBundleIsNamedAsMissing() {
        int drying = index(r -> isStep(r, "drying"));
        SignedRecord dropped = parsed(BUNDLE).get(drying);
        byte[] tampered = Bundles.withRecords(BUNDLE, rs -> {
            rs.remove(drying);
            return rs;
        });
        Finding reason = assertReason(tampered, ReasonCode.BUNDLE_INCOMPLETE, "/records");
        assertThat(reason.message()).contains(dropped.hash().hex());
    }

    @Test
    void aRecordMovedAheadOfWhatItLinksToIsOutOfOrder() {
        int wetMill = index(r -> isStep(r, "wet_milling"));
        int firstHarvest = index(r -> isStep(r, "harvesting"));
        byte[] tampered = Bundles.withRecords(BUNDLE, rs -> {
            rs.add(firstHarvest, rs.remove(wetMill));
            return rs;
        });
        assertReason(tampered, ReasonCode.BUNDLE_ORDER, "/records/" + firstHarvest);
    }

    @Test
    void aRecordRelinkedToAnotherPredecessorFailsItsSignature() {
        int drying = index(r -> isStep(r, "drying"));
        SignedRecord record = parsed(BUNDLE).get(drying);
        String other = parsed(BUNDLE).get(index(r -> isStep(r, "harvesting"))).hash().hex();
        byte[] tampered = Bundles.withRecords(BUNDLE, rs -> {
            rs.set(drying, replace(rs.get(drying), record.links().get(0).prev().hex(), other));
            return rs;
        });
        assertReason(tampered, ReasonCode.BAD_SIGNATURE, "/records/" + drying + "/sigs/0");
    }

    @Test
    void aSignersKeySubstitutedByAForgerIsAnUnknownKey() {
        SigningKey forger = DemoParties.stranger("farm");
        SigningKey fakeGovernance = DemoParties.stranger("governance");
        int keyRecord = index(r -> r.type() == RecordType.KEY && RegistryRecords.key(r).actor().equals(DemoParties.FARM_WOMEN));
        int harvest = index(r -> isStep(r, "harvesting") && r.actor().equals(DemoParties.FARM_WOMEN));
        SignedRecord original = parsed(BUNDLE).get(harvest);
        byte[] forgedKey = RecordBuilder.governance(RecordType.KEY).time(java.time.Instant.parse("2026-01-05T12:00:00Z"))
                .body(obj("keyId", forger.keyId().value(), "actor", DemoParties.FARM_WOMEN, "publicKey", forger.publicKey().base64Url(),
                        "validFrom", "2026-01-05T12:00:00.000Z", "validUntil", "2028-01-05T12:00:00.000Z"))
                .sign(fakeGovernance);
        byte[] resigned = RecordBuilder.of(RecordType.EVENT, original.actor()).time(original.time()).links(original.links())
                .body(original.body()).sign(forger);
        assertThat(RecordCodec.parse(resigned).hash()).isEqualTo(original.hash());
        byte[] tampered = Bundles.withRecords(BUNDLE, rs -> {
            rs.set(keyRecord, forgedKey);
            rs.set(harvest, resigned);
            return rs;
        });
        assertReason(tampered, ReasonCode.NOT_TRUST_ROOT_KEY, "/records/" + keyRecord + "/sigs/0");
    }

    @Test
    void aRegistryRecordRemovedLeavesItsActorUnknown() {
        int actor = index(r -> r.type() == RecordType.ACTOR && RegistryRecords.actor(r).id().equals(DemoParties.COOPERATIVE));
        byte[] tampered = Bundles.withRecords(BUNDLE, rs -> {
            rs.remove(actor);
            return rs;
        });
        Finding reason = verifier.verify(tampered).reason().orElseThrow();
        assertThat(reason.code()).isEqualTo(ReasonCode.UNKNOWN_ACTOR);
        assertThat(reason.message()).contains(DemoParties.COOPERATIVE);
    }

    @Test
    void aRecordTheHistoryDoesNotNeedIsExtra() {
        SignedRecord plot = parsed(BUNDLE).get(index(r -> r.type() == RecordType.PLOT));
        java.util.Map<String, io.trazo.ledger.encoding.JsonValue> body = new java.util.LinkedHashMap<>(plot.body().members());
        body.put("plotId", Json.of("urn:trazo:plot:asomucafe-villamaria:la-cumbre-2"));
        byte[] other = RecordBuilder.of(RecordType.PLOT, plot.actor()).time(plot.time())
                .body(new io.trazo.ledger.encoding.JsonObject(body)).sign(new DemoParties().key(plot.actor()));
        byte[] tampered = Bundles.withRecords(BUNDLE, rs -> {
            rs.add(other);
            return rs;
        });
        assertReason(tampered, ReasonCode.BUNDLE_EXTRA_RECORD, "/records/40");
    }

    @Test
    void aHeadThatDoesNotTouchTheLotIsAMismatch() {
        byte[] tampered = Bundles.withMember(BUNDLE, "lot", Json.of(CoffeeJourney.ROASTED));
        assertReason(tampered, ReasonCode.BUNDLE_HEAD_MISMATCH, "/head");
    }

    @Test
    void aLogMemberThatIsNotLogEvidenceIsMalformedEvenWithoutALogKey() {
        byte[] withLog = Bundles.withMember(BUNDLE, "log", obj("checkpoint", "example.com/log\n1\nAA==\n", "proofs", Json.arr()));
        assertReason(withLog, ReasonCode.LOG_EVIDENCE_MALFORMED, "/log/v");
    }

    @Test
    void whitespaceOrAnyOtherNonCanonicalFormIsRefused() {
        byte[] spaced = new String(BUNDLE, StandardCharsets.UTF_8).replaceFirst(",", ", ").getBytes(StandardCharsets.UTF_8);
        assertReason(spaced, ReasonCode.NON_CANONICAL, "");
        byte[] newline = Arrays.copyOf(BUNDLE, BUNDLE.length + 1);
        newline[BUNDLE.length] = '\n';
        assertThat(verifier.verify(newline).ok()).isFalse();
    }

    @Test
    void anUnknownVersionIsRefused() {
        assertReason(Bundles.withMember(BUNDLE, "trazoBundle", Json.of(3)), ReasonCode.UNKNOWN_BUNDLE_VERSION, "/trazoBundle");
    }

    @Test
    void formatTwoCarriesKeyStatusProofsAndCosignaturesAndFormatOneStillVerifies() {
        JsonValue cosignatures = Json.arr("\u2014 witness.example/w1 AAAAAAAA");
        JsonValue proofs = Json.arr(Json.obj("keyId", "ed25519:00000000000000000000000000000000"));
        byte[] format2 = Bundles.withMember(Bundles.withMember(Bundles.withMember(BUNDLE, "trazoBundle", Json.of(2)),
                "cosignatures", cosignatures), "keyStatusProofs", proofs);

        byte[] cosignedOnly = Bundles.withMember(Bundles.withMember(BUNDLE, "trazoBundle", Json.of(2)), "cosignatures", cosignatures);
        assertThat(verifier.verify(BUNDLE).ok()).isTrue();
        assertThat(verifier.verify(cosignedOnly).ok()).as(verifier.verify(cosignedOnly).findings().toString()).isTrue();
        // key-status proofs need log evidence to anchor their map root (protocol §20.6, KeyStatusProofsTest)
        assertReason(format2, ReasonCode.STATUS_ROOT_NOT_INCLUDED, "/keyStatusProofs/0");
        assertReason(Bundles.withMember(BUNDLE, "cosignatures", cosignatures), ReasonCode.UNKNOWN_FIELD, "/cosignatures");
        assertReason(Bundles.withMember(format2, "cosignatures", Json.arr("not a signature line")), ReasonCode.INVALID_FIELD,
                "/cosignatures/0");
        assertReason(Bundles.withMember(format2, "keyStatusProofs", Json.arr("x")), ReasonCode.INVALID_FIELD, "/keyStatusProofs/0");
    }

    /** Every byte matters: a sample of single-byte changes across the whole bundle, each one caught. */
    @Test
    void everySampledSingleByteChangeFailsVerification() {
        Random random = new Random(20261121);
        for (int n = 0; n < 150; n++) {
            int at = n < 100 ? n * (BUNDLE.length / 100) : random.nextInt(BUNDLE.length);
            byte[] mutated = BUNDLE.clone();
            mutated[at] = (byte) (mutated[at] == 'A' ? 'B' : 'A');
            assertThat(verifier.verify(mutated).ok()).as("byte %d changed", at).isFalse();
        }
    }

    private Finding assertReason(byte[] bundle, ReasonCode code, String path) {
        BundleReport report = verifier.verify(bundle);
        Finding reason = report.reason().orElseThrow(() -> new AssertionError("tampered bundle verified"));
        assertThat(reason.code()).as(reason.toString()).isEqualTo(code);
        assertThat(reason.path()).as(reason.toString()).isEqualTo(path);
        return reason;
    }

    private static int index(Predicate<SignedRecord> which) {
        List<SignedRecord> records = parsed(BUNDLE);
        for (int i = 0; i < records.size(); i++) {
            if (which.test(records.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such record in the bundle");
    }

    private static List<SignedRecord> parsed(byte[] bundle) {
        return Bundles.records(bundle).stream().map(RecordCodec::parse).toList();
    }

    private static boolean isStep(SignedRecord r, String step) {
        return r.type() == RecordType.EVENT && EventRecords.read(r).event().bizStep().endsWith(step);
    }

    private static byte[] replace(byte[] wire, String from, String to) {
        String s = new String(wire, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        return s.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }
}

package io.trazo.ledger.bundle;

import static io.trazo.demo.CoffeeJourney.RETAIL;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.crypto.Digest;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.log.LeafProof;
import io.trazo.ledger.log.LogEvidence;
import io.trazo.append.log.LogFixture;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.verify.Finding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bundles carrying transparency-log evidence, exported from a journey ledger that a real sequencer integrated. */
class BundleLogEvidenceTest {

    private static final ExportedBundle EXPORTED = Bundles.exportLogged(RETAIL, LogFixture.signer(), 7, -1);
    private static final byte[] BUNDLE = EXPORTED.bytes();
    private static final byte[] PLAIN = Bundles.export(RETAIL);
    private final BundleVerifier withoutKey = new BundleVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
    private final BundleVerifier verifier = withoutKey.withLog(LogFixture.ORIGIN, LogFixture.signer().verifierKey());

    @Test
    void anExportedBundleWithLogEvidenceVerifiesAgainstTheTrustRootAndTheLogKey() {
        BundleReport report = verifier.verify(BUNDLE);
        assertThat(report.findings()).isEmpty();
        assertThat(report.records().orElseThrow().records()).hasSize(40);
        assertThat(report.checkpoint().orElseThrow().size()).isEqualTo(LogFixture.JOURNEY.size());
        assertThat(EXPORTED.log()).isEqualTo(new ExportedBundle.LogCoverage.Proved(LogFixture.JOURNEY.size()));
    }

    @Test
    void theLogMemberIsExactlyLogEvidenceWithOneProofPerRecordInRecordOrder() {
        JsonObject json = (JsonObject) new StrictJson(new StrictJson.Limits(BundleFormat.MAX_BYTES, 8)).parse(BUNDLE);
        LogEvidence evidence = Bundles.log(BUNDLE);
        assertThat(json.members().keySet()).containsExactly("head", "log", "lot", "records", "trazoBundle");
        assertThat(json.get("log").orElseThrow()).isEqualTo(evidence.toJson());
        List<Digest> recordHashes = Bundles.records(BUNDLE).stream().map(w -> RecordCodec.parse(w).hash()).toList();
        assertThat(evidence.proofs()).extracting(LeafProof::record).containsExactlyElementsOf(recordHashes);
        assertThat(evidence.proofs()).extracting(LeafProof::leafIndex).isSorted().doesNotHaveDuplicates();
        assertThat(new String(BUNDLE, StandardCharsets.UTF_8)).contains("\",\"log\":{\"checkpoint\":\"" + LogFixture.ORIGIN + "\\n");
    }

    @Test
    void aChangedProofHashIsARootMismatch() {
        byte[] tampered = Bundles.withProofs(BUNDLE, ps -> {
            LeafProof p = ps.get(5);
            List<TreeHash> path = new ArrayList<>(p.path());
            path.set(1, flipped(path.get(1)));
            ps.set(5, new LeafProof(p.record(), p.leafIndex(), path));
            return ps;
        });
        assertReason(tampered, ReasonCode.LOG_ROOT_MISMATCH, "/log/proofs/5");
    }

    @Test
    void aChangedCheckpointSignatureIsNotSignedByTheLog() {
        byte[] tampered = Bundles.withLog(BUNDLE, e -> {
            String note = e.checkpoint();
            int at = note.length() - 10;
            char changed = note.charAt(at) == 'A' ? 'B' : 'A';
            return new LogEvidence(note.substring(0, at) + changed + note.substring(at + 1), e.proofs());
        });
        assertReason(tampered, ReasonCode.LOG_CHECKPOINT_NOT_SIGNED_BY_LOG, "/log/checkpoint");
    }

    @Test
    void aCheckpointSignedByAnotherKeyIsNotSignedByTheLog() {
        byte[] other = Bundles.exportLogged(RETAIL, LogFixture.otherSigner(), 1000, -1).bytes();
        assertThat(withoutKey.withLog(LogFixture.ORIGIN, LogFixture.otherSigner().verifierKey()).verify(other).ok()).isTrue();
        assertReason(other, ReasonCode.LOG_CHECKPOINT_NOT_SIGNED_BY_LOG, "/log/checkpoint");
    }

    @Test
    void aCheckpointOfAnotherLogHasTheWrongOrigin() {
        BundleReport report = withoutKey.withLog("other.example/log", LogFixture.signer().verifierKey()).verify(BUNDLE);
        assertThat(report.reason().orElseThrow().code()).isEqualTo(ReasonCode.LOG_WRONG_ORIGIN);
        assertThat(report.reason().orElseThrow().path()).isEqualTo("/log/checkpoint");
    }

    @Test
    void aDroppedProofLeavesItsRecordWithoutAProof() {
        Digest dropped = Bundles.log(BUNDLE).proofs().get(12).record();
        byte[] tampered = Bundles.withProofs(BUNDLE, ps -> {
            ps.remove(12);
            return ps;
        });
        Finding reason = assertReason(tampered, ReasonCode.LOG_MISSING_PROOF, "/records/12");
        assertThat(reason.message()).contains(dropped.hex());
    }

    @Test
    void swappedLeafIndicesAreARootMismatch() {
        byte[] tampered = Bundles.withProofs(BUNDLE, ps -> {
            LeafProof a = ps.get(0);
            LeafProof b = ps.get(1);
            ps.set(0, new LeafProof(a.record(), b.leafIndex(), a.path()));
            ps.set(1, new LeafProof(b.record(), a.leafIndex(), b.path()));
            return ps;
        });
        assertReason(tampered, ReasonCode.LOG_ROOT_MISMATCH, "/log/proofs/0");
    }

    @Test
    void aLeafIndexBeyondTheCheckpointIsOutOfRange() {
        byte[] tampered = Bundles.withProofs(BUNDLE, ps -> {
            LeafProof p = ps.get(3);
            ps.set(3, new LeafProof(p.record(), LogFixture.JOURNEY.size(), p.path()));
            return ps;
        });
        assertReason(tampered, ReasonCode.LOG_LEAF_INDEX_OUT_OF_RANGE, "/log/proofs/3/leafIndex");
    }

    @Test
    void aTruncatedPathIsTheWrongLength() {
        byte[] tampered = Bundles.withProofs(BUNDLE, ps -> {
            LeafProof p = ps.get(7);
            ps.set(7, new LeafProof(p.record(), p.leafIndex(), p.path().subList(0, p.path().size() - 1)));
            return ps;
        });
        assertReason(tampered, ReasonCode.LOG_PROOF_WRONG_LENGTH, "/log/proofs/7/path");
    }

    @Test
    void aRepeatedProofIsUnexpected() {
        byte[] tampered = Bundles.withProofs(BUNDLE, ps -> {
            ps.add(ps.get(2));
            return ps;
        });
        assertReason(tampered, ReasonCode.LOG_UNEXPECTED_PROOF, "/log/proofs/40");
    }

    @Test
    void proofsOutOfRecordOrderAreRefusedSoTheBundleHasOneSpelling() {
        byte[] tampered = Bundles.withProofs(BUNDLE, ps -> {
            ps.add(0, ps.remove(1));
            return ps;
        });
        assertReason(tampered, ReasonCode.LOG_PROOF_ORDER, "/log/proofs/0/record");
    }

    /** Without the log, records that do not depend on each other can be reordered unnoticed; with it, not. */
    @Test
    void independentRecordsReorderedWithTheirProofsAreOutOfLedgerOrderByTheLog() {
        int at = firstSwappableWithoutNotice();
        byte[] tampered = Bundles.withRecords(BUNDLE, rs -> {
            rs.add(at, rs.remove(at + 1));
            return rs;
        });
        LogEvidence evidence = Bundles.log(BUNDLE);
        List<LeafProof> proofs = new ArrayList<>(evidence.proofs());
        proofs.add(at, proofs.remove(at + 1));
        byte[] reordered = BundleFormat.write(RETAIL, BundleFormat.read(BUNDLE).head(), Bundles.records(tampered),
                java.util.Optional.of(new LogEvidence(evidence.checkpoint(), proofs)));
        assertReason(reordered, ReasonCode.BUNDLE_ORDER, "/records/" + (at + 1));
    }

    @Test
    void aRecordWhoseSignaturesChangedKeepsItsHashButNotItsLeaf() {
        byte[] tampered = Bundles.withRecords(BUNDLE, rs -> {
            byte[] wire = rs.get(0).clone();
            int at = new String(wire, StandardCharsets.ISO_8859_1).indexOf("\"sig\":\"") + 16;
            wire[at] = (byte) (wire[at] == 'A' ? 'B' : 'A');
            rs.set(0, wire);
            return rs;
        });
        BundleReport report = verifier.verify(tampered);
        assertThat(report.reason().orElseThrow().code()).isEqualTo(ReasonCode.BAD_SIGNATURE);
        assertThat(report.findings()).extracting(Finding::code, Finding::path)
                .contains(org.assertj.core.groups.Tuple.tuple(ReasonCode.LOG_ROOT_MISMATCH, "/log/proofs/0"));
    }

    @Test
    void aBundleWithoutLogEvidenceFailsAVerifierThatPinsALogKey() {
        assertReason(PLAIN, ReasonCode.LOG_EVIDENCE_MISSING, "/log");
    }

    @Test
    void aBundleWithLogEvidenceIsRefusedWhenNoLogKeyIsGiven() {
        Finding reason = withoutKey.verify(BUNDLE).reason().orElseThrow();
        assertThat(reason.code()).isEqualTo(ReasonCode.LOG_UNSUPPORTED);
        assertThat(reason.path()).isEqualTo("/log");
        assertThat(reason.message()).contains("no log key was given");
    }

    @Test
    void aLogMemberThatIsNotStrictlyLogEvidenceIsMalformedAtItsPath() {
        JsonObject log = Bundles.log(BUNDLE).toJson();
        java.util.Map<String, io.trazo.ledger.encoding.JsonValue> members = new java.util.LinkedHashMap<>(log.members());
        members.put("witnesses", Json.arr());
        byte[] tampered = Bundles.withMember(BUNDLE, "log", new JsonObject(members));
        assertReason(tampered, ReasonCode.LOG_EVIDENCE_MALFORMED, "/log/witnesses");
        assertThat(withoutKey.verify(tampered).reason().orElseThrow().code()).isEqualTo(ReasonCode.LOG_EVIDENCE_MALFORMED);
    }

    @Test
    void aBundleIsExportedWithoutLogEvidenceWhileSomeRecordIsNotYetInTheLog() {
        ExportedBundle partial = Bundles.exportLogged(RETAIL, LogFixture.signer(), 5, 2);
        assertThat(partial.log()).isInstanceOf(ExportedBundle.LogCoverage.Pending.class);
        assertThat(((ExportedBundle.LogCoverage.Pending) partial.log()).why()).contains("not in the");
        assertThat(BundleFormat.read(partial.bytes()).log()).isEmpty();
        assertThat(withoutKey.verify(partial.bytes()).ok()).isTrue();
        ExportedBundle none = Bundles.exportLogged(RETAIL, LogFixture.signer(), 5, 0);
        assertThat(none.log()).isEqualTo(new ExportedBundle.LogCoverage.Pending("the transparency log has published no checkpoint yet"));
    }

    /** Every byte of the log member matters: single-byte changes across it, each one caught. */
    @Test
    void everySampledSingleByteChangeInTheLogMemberFailsVerification() {
        int start = new String(BUNDLE, StandardCharsets.UTF_8).indexOf("\"log\":{");
        int end = new String(BUNDLE, StandardCharsets.UTF_8).indexOf(",\"lot\":");
        Random random = new Random(20261122);
        for (int n = 0; n < 200; n++) {
            int at = n < 100 ? start + n * ((end - start) / 100) : start + random.nextInt(end - start);
            byte[] mutated = BUNDLE.clone();
            mutated[at] = (byte) (mutated[at] == 'a' ? 'b' : 'a');
            assertThat(verifier.verify(mutated).ok()).as("byte %d changed", at).isFalse();
        }
    }

    private int firstSwappableWithoutNotice() {
        List<byte[]> records = Bundles.records(BUNDLE);
        for (int i = 0; i + 1 < records.size(); i++) {
            int at = i;
            byte[] swapped = Bundles.withRecords(PLAIN, rs -> {
                rs.add(at, rs.remove(at + 1));
                return rs;
            });
            if (withoutKey.verify(swapped).ok()) {
                return i;
            }
        }
        throw new AssertionError("no two adjacent records are independent");
    }

    private Finding assertReason(byte[] bundle, ReasonCode code, String path) {
        BundleReport report = verifier.verify(bundle);
        Finding reason = report.reason().orElseThrow(() -> new AssertionError("tampered bundle verified"));
        assertThat(reason.code()).as(reason.toString()).isEqualTo(code);
        assertThat(reason.path()).as(reason.toString()).isEqualTo(path);
        assertThat(report.checkpoint()).isEmpty();
        return reason;
    }

    private static TreeHash flipped(TreeHash hash) {
        byte[] bytes = hash.bytes();
        bytes[0] ^= 1;
        return TreeHash.of(bytes);
    }
}

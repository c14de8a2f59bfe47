package io.trazo.ledger.bundle;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.EvidenceFinding;
import io.trazo.ledger.log.EvidenceReport;
import io.trazo.ledger.log.LeafProof;
import io.trazo.ledger.log.LogEvidence;
import io.trazo.ledger.log.LogEvidenceVerifier;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.verify.Finding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a bundle's {@code log} member with {@link LogEvidenceVerifier} and translates each of its
 * findings into a bundle finding with a stable reason code and a pointer to the offending member. On top
 * of what the evidence verifier checks, the proofs must be in record order, and the proven leaf indices
 * must increase along the records: the log, not the exporter, then vouches for the ledger order.
 */
final class BundleLogCheck {

    private final List<Optional<SignedRecord>> records;
    private final List<LeafProof> proofs;
    private final Map<Digest, Integer> recordAt = new HashMap<>();
    private final Map<Digest, Deque<Integer>> proofsOf = new HashMap<>();

    private BundleLogCheck(List<Optional<SignedRecord>> records, LogEvidence evidence) {
        this.records = records;
        this.proofs = evidence.proofs();
        for (int i = 0; i < records.size(); i++) {
            int at = i;
            records.get(i).ifPresent(r -> recordAt.putIfAbsent(r.hash(), at));
        }
        for (int j = 0; j < proofs.size(); j++) {
            proofsOf.computeIfAbsent(proofs.get(j).record(), h -> new ArrayDeque<>()).add(j);
        }
    }

    /** The checkpoint every record was proved against, if all checks passed, and the findings otherwise. */
    record Outcome(Optional<Checkpoint> checkpoint, List<Finding> findings) {}

    static Outcome check(LogEvidenceVerifier verifier, LogEvidence evidence, List<Optional<SignedRecord>> records) {
        List<SignedRecord> readable = records.stream().flatMap(Optional::stream).toList();
        EvidenceReport report = verifier.verify(evidence, readable);
        BundleLogCheck check = new BundleLogCheck(records, evidence);
        List<Finding> findings = new ArrayList<>();
        report.findings().forEach(f -> findings.add(check.translate(f)));
        if (report.ok() && evidence.proofs().size() == readable.size() && readable.size() == records.size()) {
            findings.addAll(check.order());
        }
        return new Outcome(findings.isEmpty() ? report.checkpoint() : Optional.empty(), findings);
    }

    private Finding translate(EvidenceFinding f) {
        String record = f.record().map(h -> "record " + h.hex() + Optional.ofNullable(recordAt.get(h))
                .map(i -> " (/records/" + i + ")").orElse("") + ": ").orElse("");
        String message = record + f.message();
        return switch (f.reason()) {
            case CHECKPOINT_NOT_SIGNED_BY_LOG -> new Finding(ReasonCode.LOG_CHECKPOINT_NOT_SIGNED_BY_LOG, "/log/checkpoint", message);
            case CHECKPOINT_INVALID -> new Finding(ReasonCode.LOG_CHECKPOINT_INVALID, "/log/checkpoint", message);
            case WRONG_ORIGIN -> new Finding(ReasonCode.LOG_WRONG_ORIGIN, "/log/checkpoint", message);
            case MISSING_PROOF -> new Finding(ReasonCode.LOG_MISSING_PROOF, "/records/" + recordAt.get(f.record().orElseThrow()), message);
            // the evidence verifier reports repeated proofs first and proofs of unknown records last
            case UNEXPECTED_PROOF -> new Finding(ReasonCode.LOG_UNEXPECTED_PROOF,
                    "/log/proofs/" + proofsOf.get(f.record().orElseThrow()).pollLast(), message);
            case LEAF_INDEX_OUT_OF_RANGE -> new Finding(ReasonCode.LOG_LEAF_INDEX_OUT_OF_RANGE, proof(f) + "/leafIndex", message);
            case PROOF_WRONG_LENGTH -> new Finding(ReasonCode.LOG_PROOF_WRONG_LENGTH, proof(f) + "/path", message);
            case ROOT_MISMATCH -> new Finding(ReasonCode.LOG_ROOT_MISMATCH, proof(f), message);
        };
    }

    private String proof(EvidenceFinding f) {
        return "/log/proofs/" + proofsOf.get(f.record().orElseThrow()).peekFirst();
    }

    private List<Finding> order() {
        List<Finding> findings = new ArrayList<>();
        for (int j = 0; j < proofs.size(); j++) {
            Digest expected = records.get(j).orElseThrow().hash();
            if (!proofs.get(j).record().equals(expected)) {
                findings.add(new Finding(ReasonCode.LOG_PROOF_ORDER, "/log/proofs/" + j + "/record", "proves record "
                        + proofs.get(j).record().hex() + ", expected " + expected.hex() + " of /records/" + j));
            }
        }
        if (!findings.isEmpty()) {
            return findings;
        }
        for (int j = 1; j < proofs.size(); j++) {
            long before = proofs.get(j - 1).leafIndex();
            long at = proofs.get(j).leafIndex();
            if (at <= before) {
                findings.add(new Finding(ReasonCode.BUNDLE_ORDER, "/records/" + j, "the log has record "
                        + proofs.get(j).record().hex() + " at leaf " + at + ", not after leaf " + before + " of /records/"
                        + (j - 1) + ": the records are not in ledger order"));
            }
        }
        return findings;
    }
}

package io.trazo.ledger.log;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.EvidenceFinding.Reason;
import io.trazo.ledger.merkle.InvalidProofException;
import io.trazo.ledger.merkle.ProofVerifier;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.merkle.checkpoint.CheckpointException;
import io.trazo.ledger.merkle.checkpoint.Checkpoints;
import io.trazo.ledger.merkle.note.NoteException;
import io.trazo.ledger.merkle.note.NoteVerifierKey;
import io.trazo.ledger.record.SignedRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies {@link LogEvidence} offline: the checkpoint is opened with the log's verifier key and origin
 * (C2SP signed-note, tlog-checkpoint), then every given record's leaf hash ({@link LogLeaf}), computed
 * here from the record itself, must lead through its path to the signed root (RFC 9162 §2.1.3.2).
 * Every record must have exactly one proof and every proof must belong to a given record.
 */
public final class LogEvidenceVerifier {

    private final String origin;
    private final List<NoteVerifierKey> logKeys;

    /** A verifier for the log named {@code origin} whose checkpoints {@code logKey} signs. */
    public LogEvidenceVerifier(String origin, NoteVerifierKey logKey) {
        this(origin, List.of(logKey));
    }

    /**
     * A verifier for the log named {@code origin} whose checkpoints any of {@code logKeys} signs: the
     * keys a log has had across rotations (protocol §17.1), since a bundle saved before a rotation
     * carries a checkpoint signed by the old key.
     */
    public LogEvidenceVerifier(String origin, List<NoteVerifierKey> logKeys) {
        if (logKeys.isEmpty()) {
            throw new IllegalArgumentException("a log verifier needs at least one key");
        }
        this.origin = origin;
        this.logKeys = List.copyOf(logKeys);
    }

    public EvidenceReport verify(LogEvidence evidence, Collection<SignedRecord> records) {
        List<EvidenceFinding> findings = new ArrayList<>();
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoints.open(evidence.checkpoint().getBytes(StandardCharsets.UTF_8), origin, logKeys)
                    .checkpoint();
        } catch (NoteException e) {
            findings.add(new EvidenceFinding(Reason.CHECKPOINT_NOT_SIGNED_BY_LOG, Optional.empty(), e.getMessage()));
            return new EvidenceReport(Optional.empty(), findings);
        } catch (CheckpointException e) {
            findings.add(new EvidenceFinding(e.reason() == CheckpointException.Reason.ORIGIN_MISMATCH ? Reason.WRONG_ORIGIN
                    : Reason.CHECKPOINT_INVALID, Optional.empty(), e.getMessage()));
            return new EvidenceReport(Optional.empty(), findings);
        }
        Map<Digest, LeafProof> byRecord = new LinkedHashMap<>();
        for (LeafProof proof : evidence.proofs()) {
            if (byRecord.putIfAbsent(proof.record(), proof) != null) {
                findings.add(new EvidenceFinding(Reason.UNEXPECTED_PROOF, Optional.of(proof.record()),
                        "record has more than one proof"));
            }
        }
        for (SignedRecord record : records) {
            LeafProof proof = byRecord.remove(record.hash());
            if (proof == null) {
                findings.add(new EvidenceFinding(Reason.MISSING_PROOF, Optional.of(record.hash()),
                        "no inclusion proof for this record"));
            } else {
                check(record, proof, checkpoint).ifPresent(findings::add);
            }
        }
        byRecord.keySet().forEach(extra -> findings.add(new EvidenceFinding(Reason.UNEXPECTED_PROOF, Optional.of(extra),
                "proof for a record that is not among those verified")));
        return new EvidenceReport(Optional.of(checkpoint), findings);
    }

    private static Optional<EvidenceFinding> check(SignedRecord record, LeafProof proof, Checkpoint checkpoint) {
        try {
            ProofVerifier.verifyInclusion(LogLeaf.hash(record), proof.leafIndex(), checkpoint.size(), proof.path(),
                    checkpoint.root());
            return Optional.empty();
        } catch (InvalidProofException e) {
            Reason reason = switch (e.reason()) {
                case INDEX_OUT_OF_RANGE -> Reason.LEAF_INDEX_OUT_OF_RANGE;
                case PROOF_TOO_SHORT, PROOF_TOO_LONG -> Reason.PROOF_WRONG_LENGTH;
                default -> Reason.ROOT_MISMATCH;
            };
            return Optional.of(new EvidenceFinding(reason, Optional.of(record.hash()), "leaf " + proof.leafIndex()
                    + " of the checkpoint of size " + checkpoint.size() + ": " + e.getMessage()));
        }
    }
}

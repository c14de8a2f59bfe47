package io.trazo.ledger.bundle;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.statusmap.MapRootLeaf;
import io.trazo.ledger.verify.Finding;
import io.trazo.ledger.verify.VerificationReport;
import java.util.List;
import java.util.Optional;

/**
 * The result of checking a bundle offline.
 *
 * @param lot and {@code head}: the bundle's subject, empty when its envelope could not be read
 * @param findings every problem, most specific first, with JSON pointers into the bundle
 *     ({@code /records/3/sigs/0}): envelope problems; then each record's own problems (bytes, signatures,
 *     keys, roles); then the bundle's shape (head, missing, extra, order); then chain-link problems; then
 *     transparency-log problems. A log-policy refusal ({@code LOG_UNSUPPORTED}, {@code LOG_EVIDENCE_MISSING})
 *     comes first of all, after envelope problems.
 * @param records the record verifier's report, one entry per bundle record; empty if the envelope failed
 * @param checkpoint the log checkpoint (verified with the log key) that every record was proved against;
 *     empty when no log key was given, the bundle has no log evidence, or any log check failed
 * @param keyStatus the map-root leaf every key-status proof was checked against (protocol §20.6): present
 *     exactly when the bundle proved the status of every key that signs in it and every certificate it
 *     claims; empty means "key status not proven", which alone is no failure
 */
public record BundleReport(Optional<String> lot, Optional<Digest> head, List<Finding> findings, Optional<VerificationReport> records,
        Optional<Checkpoint> checkpoint, Optional<MapRootLeaf> keyStatus) {

    public BundleReport {
        findings = List.copyOf(findings);
    }

    /** A report without key-status evidence. */
    public BundleReport(Optional<String> lot, Optional<Digest> head, List<Finding> findings, Optional<VerificationReport> records,
            Optional<Checkpoint> checkpoint) {
        this(lot, head, findings, records, checkpoint, Optional.empty());
    }

    /** Whether the bundle proved its signers' key status against the log's status map (protocol §20.6). */
    public boolean keyStatusProven() {
        return ok() && keyStatus.isPresent();
    }

    public boolean ok() {
        return findings.isEmpty();
    }

    /** The first finding: the reason the bundle fails. */
    public Optional<Finding> reason() {
        return findings.stream().findFirst();
    }
}

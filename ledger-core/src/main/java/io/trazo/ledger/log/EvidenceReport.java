package io.trazo.ledger.log;

import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import java.util.List;
import java.util.Optional;

/** The outcome of verifying {@link LogEvidence}: the checkpoint if it verified, and every finding. */
public record EvidenceReport(Optional<Checkpoint> checkpoint, List<EvidenceFinding> findings) {

    public EvidenceReport {
        findings = List.copyOf(findings);
    }

    public boolean ok() {
        return checkpoint.isPresent() && findings.isEmpty();
    }
}

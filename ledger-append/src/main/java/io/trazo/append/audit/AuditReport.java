package io.trazo.append.audit;

import java.util.List;

/**
 * Where an audit pass stands.
 *
 * @param leavesAudited leaves re-derived from the ledger so far in this pass
 * @param checkpointSize the size of the latest checkpoint the pass audits against (0 if none yet)
 * @param nextPosition the ledger position the pass reads next: where it resumes
 * @param complete whether the pass has reached the latest checkpoint and checked its root
 * @param findingCount every finding of the pass, including those past the kept list
 * @param findings the first {@value LogAudit#MAX_FINDINGS} findings, in the order found
 */
public record AuditReport(long leavesAudited, long checkpointSize, long nextPosition, boolean complete, long findingCount,
        List<AuditFinding> findings) {

    public AuditReport {
        findings = List.copyOf(findings);
    }

    public boolean clean() {
        return findingCount == 0;
    }
}

package io.trazo.query.warmup;

import io.trazo.query.audit.AuditLedger;
import io.trazo.query.provenance.StatusMapSnapshots;
import io.trazo.query.provenance.VerifyAhead;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The start-up catch-ups as health details. Always UP: query serves traces, verifications and lot pages
 * while they warm, so a warming catch-up must not take the instance out of readiness; the requests that
 * need one answer 503 {@code warming-up} on their own (docs/operations.md, "Warm-up at start").
 */
@Component("warmUp")
class WarmUpHealth extends AbstractHealthIndicator {

    private final AuditLedger audit;
    private final StatusMapSnapshots statusMap;
    private final VerifyAhead verifyAhead;

    WarmUpHealth(AuditLedger audit, StatusMapSnapshots statusMap, VerifyAhead verifyAhead) {
        this.audit = audit;
        this.statusMap = statusMap;
        this.verifyAhead = verifyAhead;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetail("auditFold", audit.warmUpState().details()).withDetail("statusMap", statusMap.warmUpState().details())
                .withDetail("verifyAhead", verifyAhead.warmUpState().details());
    }
}

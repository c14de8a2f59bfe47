package io.trazo.ingest.log;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** DOWN, with the first finding, once the store audit has found a disagreement; otherwise UP with its progress. */
final class LogAuditHealthIndicator implements HealthIndicator {

    private final LogAuditRunner runner;

    LogAuditHealthIndicator(LogAuditRunner runner) {
        this.runner = runner;
    }

    @Override
    public Health health() {
        return runner.alarm()
                .map(f -> Health.down().withDetail("finding", f.kind().name()).withDetail("message", f.message()).build())
                .orElseGet(() -> {
                    Health.Builder up = Health.up();
                    runner.lastReport().ifPresent(r -> up.withDetail("leavesAudited", r.leavesAudited())
                            .withDetail("checkpointSize", r.checkpointSize()));
                    return up.build();
                });
    }
}

package io.trazo.ingest.log;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** DOWN, with the alarm's reason, once the sequencer has refused to sign; otherwise UP with its role. */
final class SequencerHealthIndicator implements HealthIndicator {

    private final SequencerRunner runner;

    SequencerHealthIndicator(SequencerRunner runner) {
        this.runner = runner;
    }

    @Override
    public Health health() {
        return runner.alarm()
                .map(alarm -> Health.down().withDetail("reason", alarm.reason().name())
                        .withDetail("message", alarm.getMessage()).build())
                .orElseGet(() -> Health.up().withDetail("leader", runner.isLeader())
                        .withDetail("treeSize", runner.treeSize()).build());
    }
}

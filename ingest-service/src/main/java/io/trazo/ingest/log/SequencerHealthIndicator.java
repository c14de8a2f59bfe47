package io.trazo.ingest.log;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** DOWN, with the alarm's reason, once the sequencer has refused to sign; otherwise UP with its role and its witnesses. */
final class SequencerHealthIndicator implements HealthIndicator {

    private final SequencerRunner runner;
    private final WitnessRunner witnesses;

    SequencerHealthIndicator(SequencerRunner runner, WitnessRunner witnesses) {
        this.runner = runner;
        this.witnesses = witnesses;
    }

    @Override
    public Health health() {
        return runner.alarm()
                .map(alarm -> Health.down().withDetail("reason", alarm.reason().name())
                        .withDetail("message", alarm.getMessage()).build())
                .orElseGet(() -> Health.up().withDetail("leader", runner.isLeader())
                        .withDetail("treeSize", runner.treeSize())
                        .withDetail("witnessesLagging", witnesses.lagging())
                        .withDetail("witnesses", witnessDetails()).build());
    }

    /** A witness that is down is a detail, not DOWN: sequencing goes on without it (protocol §19.4). */
    private Map<String, Object> witnessDetails() {
        Map<String, Object> details = new TreeMap<>();
        witnesses.statuses().values().forEach(s -> details.put(s.witness(), s.problem()
                .<Object>map(p -> Map.of("cosignedSize", s.cosignedSize(), "problem", p))
                .orElse(Map.of("cosignedSize", s.cosignedSize()))));
        return details;
    }
}

package io.trazo.ingest.consume;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * DOWN while a partition is stalled ({@link PartitionProgress}), naming each with the time it has been
 * waiting since; UP again as soon as each has committed. The Kafka indicator only asks whether the
 * brokers answer, which they do while a partition stands still.
 */
final class PartitionsHealthIndicator extends AbstractHealthIndicator {

    private final PartitionProgress progress;

    PartitionsHealthIndicator(PartitionProgress progress) {
        super("Partition progress check failed");
        this.progress = progress;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Instant> stalled = progress.stalled();
        if (stalled.isEmpty()) {
            builder.up().withDetail("waiting", progress.waiting());
            return;
        }
        Map<String, Object> named = new LinkedHashMap<>();
        stalled.forEach((partition, since) -> named.put(partition, Map.of("waitingSince", since.toString())));
        builder.down().withDetail("stalled", named).withDetail("stallAfter", progress.stallAfter().toString());
    }
}

package io.trazo.ingest.consume;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.ingest.IngestProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether each partition this instance consumes makes progress. A partition waits from the first
 * delivery of a record that has not been committed since; a commit that covers it ends the wait. A
 * wait longer than {@code stall-after} is a stall: the partition has lag (a record was delivered) and
 * no progress, whatever the cause, a message that keeps failing or a store or broker that does. The
 * retry topic's partitions may also wait for their records' due time, so they are allowed the longest
 * retry delay on top. Read by {@link PartitionsHealthIndicator} and the gauge
 * {@code trazo.ingest.partition.stalled}.
 */
final class PartitionProgress {

    private final Map<TopicPartition, Instant> waitingSince = new ConcurrentHashMap<>();
    private final Duration stallAfter;
    private final Duration retryStallAfter;
    private final String retryTopic;
    private final Clock clock;

    PartitionProgress(IngestProperties properties, MeterRegistry meters, Clock clock) {
        this.stallAfter = properties.failures().stallAfter();
        this.retryStallAfter = stallAfter.plus(properties.retry().delay(properties.retry().attempts() - 1));
        this.retryTopic = properties.topics().retry();
        this.clock = clock;
        Gauge.builder("trazo.ingest.partition.stalled", this, p -> p.stalled().size())
                .description("partitions with a delivered record and no commit for longer than trazo.failures.stall-after")
                .register(meters);
    }

    void delivered(List<? extends ConsumerRecord<?, ?>> batch) {
        Instant now = clock.instant();
        batch.forEach(m -> waitingSince.putIfAbsent(new TopicPartition(m.topic(), m.partition()), now));
    }

    void committed(List<? extends ConsumerRecord<?, ?>> messages) {
        messages.forEach(m -> waitingSince.remove(new TopicPartition(m.topic(), m.partition())));
    }

    void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(waitingSince::remove);
    }

    /** The stalled partitions, by name ({@code topic-partition}), with the time they have been waiting since. */
    Map<String, Instant> stalled() {
        Instant now = clock.instant();
        Map<String, Instant> out = new TreeMap<>();
        waitingSince.forEach((tp, since) -> {
            Duration allowed = tp.topic().equals(retryTopic) ? retryStallAfter : stallAfter;
            if (Duration.between(since, now).compareTo(allowed) > 0) {
                out.put(tp.toString(), since);
            }
        });
        return out;
    }

    int waiting() {
        return waitingSince.size();
    }

    Duration stallAfter() {
        return stallAfter;
    }
}

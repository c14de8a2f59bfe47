package io.trazo.ingest.consume;

import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.ingest.IngestProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.ListenerUtils;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * What the container does after a listener transaction rolled back, whether the listener threw or the
 * commit failed (a send the broker refused fails only there). spring-kafka's default seeks back and
 * replays the batch at once, forever: a message that fails every time stops its partition. Here the
 * failure is charged to the messages that were tried ({@link Suspects}), unless it is blamed on the
 * infrastructure, and the batch is replayed after a back-off that doubles with each rollback in a row.
 * The charges make the listener take a failing batch apart and give up on the one message that fails.
 */
final class RollbackPolicy implements AfterRollbackProcessor<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(RollbackPolicy.class);

    private final Suspects suspects;
    private final IngestProperties.Failures failures;
    private final MeterRegistry meters;

    RollbackPolicy(Suspects suspects, IngestProperties.Failures failures, MeterRegistry meters) {
        this.suspects = suspects;
        this.failures = failures;
        this.meters = meters;
    }

    @Override
    public void process(List<ConsumerRecord<Object, Object>> records, Consumer<Object, Object> consumer, MessageListenerContainer container,
            Exception exception, boolean recoverable, ContainerProperties.EOSMode eosMode) {
        Blame blame = Blame.of(exception);
        int inARow = suspects.rolledBack(records, blame);
        meters.counter("trazo.ingest.rollbacks", "blame", blame.name()).increment();
        long wait = failures.backOff(inARow).toMillis();
        ConsumerRecord<Object, Object> first = records.isEmpty() ? null : records.get(0);
        log.warn("transaction rolled back ({} in a row, blamed on the {}), {} messages from {} replayed in {} ms: {}", inARow,
                blame.name().toLowerCase(java.util.Locale.ROOT), records.size(), first == null ? "-" : Source.at(first), wait,
                rootCause(exception));
        Map<TopicPartition, Long> from = new HashMap<>();
        for (ConsumerRecord<Object, Object> r : records) {
            from.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::min);
        }
        from.forEach(consumer::seek);
        try {
            ListenerUtils.stoppableSleep(container, wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}

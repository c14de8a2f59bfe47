package io.trazo.ingest.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Consumes the records topic and the retry topics in batches. Each poll's batch runs inside one Kafka
 * transaction begun by the container: receipts, forwards and the consumed offsets commit together,
 * after the store writes they report on. Any exception (the store unreachable, Kafka failing) aborts
 * the transaction; {@link RollbackPolicy} seeks back and the batch is replayed after a back-off, which
 * the append protocol and the {@link OutcomeMemo} make idempotent. A batch that keeps failing is taken
 * one message per transaction (the others are nacked: left uncommitted and redelivered by the next
 * poll), and a message that keeps failing alone is settled by {@link LastResort}, so no message can
 * hold up its partition for good.
 */
final class RecordsListener implements ConsumerSeekAware {

    private final Ingestor ingestor;
    private final ReceiptPublisher publisher;
    private final Suspects suspects;
    private final PartitionProgress progress;
    private final LastResort lastResort;
    private final String retryTopic;
    private final Timer batches;
    private final Counter givenUp;

    RecordsListener(Ingestor ingestor, ReceiptPublisher publisher, Suspects suspects, PartitionProgress progress, String retryTopic,
            MeterRegistry meters) {
        this.ingestor = ingestor;
        this.publisher = publisher;
        this.suspects = suspects;
        this.progress = progress;
        this.lastResort = new LastResort(ingestor, publisher);
        this.retryTopic = retryTopic;
        this.batches = meters.timer("trazo.ingest.stage", "stage", "batch");
        this.givenUp = Counter.builder("trazo.ingest.isolated").description("messages settled after failing alone too often")
                .register(meters);
    }

    @KafkaListener(id = "trazo-records", topics = "${trazo.topics.records:trazo.records}", batch = "true")
    void onRecords(List<ConsumerRecord<byte[], byte[]>> batch, Acknowledgment ack) {
        deliver(batch, ack, this::records);
    }

    /**
     * The retry topic, in order: each message waits until its due time, and the messages already due
     * then are decided together. Blocking here holds up only the retry consumer, never the records
     * topic; the longest wait is the last round's delay, well inside max.poll.interval.ms. Order matters
     * more than promptness: a lot's deferred records must be retried in the order they were deferred.
     */
    @KafkaListener(id = "trazo-retries", topics = "${trazo.topics.retry:trazo.records.retry}", batch = "true")
    void onRetries(List<ConsumerRecord<byte[], byte[]>> batch, Acknowledgment ack) {
        deliver(batch, ack, this::retries);
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        progress.forget(partitions);
    }

    private interface Work {
        void run(List<ConsumerRecord<byte[], byte[]>> messages) throws InterruptedException;
    }

    private void deliver(List<ConsumerRecord<byte[], byte[]>> batch, Acknowledgment ack, Work work) {
        progress.delivered(batch);
        Suspects.Plan plan = suspects.plan(batch);
        List<ConsumerRecord<byte[], byte[]>> tried = plan instanceof Suspects.Whole ? batch : batch.subList(0, 1);
        suspects.trying(tried);
        onCommit(() -> {
            progress.committed(tried);
            suspects.committed(tried);
            if (plan instanceof Suspects.GiveUp) {
                suspects.explained(batch);
                givenUp.increment();
            }
        });
        try {
            if (plan instanceof Suspects.GiveUp giveUp) {
                ConsumerRecord<byte[], byte[]> m = batch.get(0);
                lastResort.settle(m, message(m, ingestor.remembered(List.of(source(m)))), giveUp.round());
            } else {
                work.run(tried);
            }
        } catch (StackOverflowError e) {
            // an Error would end the consumer thread and with it every partition it holds
            throw new IllegalStateException("processing overflowed the stack", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a retry to fall due", e);
        }
        if (tried.size() < batch.size()) {
            ack.nack(tried.size(), Duration.ZERO);
        }
    }

    /**
     * The batch timer covers the listener's work; the transaction commit that follows is Kafka's, outside it.
     * A record deferred in the batch (typically a merge or split whose other lot lives on a partition that
     * another listener thread is appending right now) is tried once more at the end of the batch, in
     * batch order, before it goes round the retry topic, which costs at least {@code first-delay}. A lot's
     * later records in the batch depend on the held one and are held too, so their order is kept.
     */
    private void records(List<ConsumerRecord<byte[], byte[]>> batch) {
        batches.record(() -> {
            List<Decision> decisions = decide(batch, ingestor.remembered(batch.stream().map(this::source).toList()));
            List<ConsumerRecord<byte[], byte[]>> held = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                ConsumerRecord<byte[], byte[]> m = batch.get(i);
                if (decisions.get(i).route() == Decision.Route.RETRY && decisions.get(i).retryAttempt() == 0) {
                    held.add(m);
                } else {
                    publish(m, decisions.get(i));
                }
            }
            if (!held.isEmpty()) {
                List<Decision> again = decide(held, Map.of());
                for (int i = 0; i < held.size(); i++) {
                    publish(held.get(i), again.get(i));
                }
            }
        });
    }

    private void retries(List<ConsumerRecord<byte[], byte[]>> batch) throws InterruptedException {
        int from = 0;
        while (from < batch.size()) {
            long wait = Headers.number(batch.get(from).headers(), Headers.DUE, 0) - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            long now = System.currentTimeMillis();
            int to = from + 1;
            while (to < batch.size() && Headers.number(batch.get(to).headers(), Headers.DUE, 0) <= now) {
                to++;
            }
            List<ConsumerRecord<byte[], byte[]>> due = batch.subList(from, to);
            List<Decision> decisions = decide(due, ingestor.remembered(due.stream().map(this::source).toList()));
            for (int i = 0; i < due.size(); i++) {
                publish(due.get(i), decisions.get(i));
            }
            from = to;
        }
    }

    private List<Decision> decide(List<ConsumerRecord<byte[], byte[]>> messages, Map<Source, Receipt> remembered) {
        return ingestor.ingestAll(messages.stream().map(m -> message(m, remembered)).toList());
    }

    private Ingestor.Message message(ConsumerRecord<byte[], byte[]> m, Map<Source, Receipt> remembered) {
        Source source = source(m);
        return new Ingestor.Message(m.value(), source, attempt(m), Headers.capture(m.headers()).orElse(null),
                Optional.ofNullable(remembered.get(source)));
    }

    /** Only ingest writes the retry topic; on the records topic, headers ingest reads are a producer's and are ignored. */
    private Source source(ConsumerRecord<?, ?> m) {
        return m.topic().equals(retryTopic) ? Source.carried(m) : Source.at(m);
    }

    private int attempt(ConsumerRecord<?, ?> m) {
        return m.topic().equals(retryTopic) ? (int) Math.min(Math.max(Headers.number(m.headers(), Headers.ATTEMPT, 0), 0), 1000) : 0;
    }

    private void publish(ConsumerRecord<byte[], byte[]> message, Decision decision) {
        if (message.key() != null) {
            MDC.put("lot", new String(message.key(), StandardCharsets.UTF_8));
        }
        MDC.put("source", source(message).toString());
        try {
            publisher.publish(message, source(message), decision);
        } finally {
            MDC.remove("lot");
            MDC.remove("source");
        }
    }

    /** Runs after the container's Kafka transaction commits: only then are the offsets, and with them the progress, real. */
    private static void onCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("the listener must run in the container's Kafka transaction (spring.kafka.producer.transaction-id-prefix)");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}

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

    /** The longest the retry consumer waits for a message to fall due before putting it back at the end of the topic. */
    static final java.time.Duration REQUEUE_AFTER = java.time.Duration.ofSeconds(1);

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
     * The retry topic: each message is decided at its due time ({@link #retries}). Waiting here holds up
     * only the retry consumer, never the records topic, and never for more than {@link #REQUEUE_AFTER} at
     * a time. A lot's deferred records are retried in the order they were deferred.
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

    /**
     * The retry topic holds messages with different due times in one partition, so waiting for the first
     * one to fall due held up every message behind it: in the 10-minute soak a round of 0.1 s waited up to
     * 51 s behind a later round (issue 15). Messages already due are decided now, in order; a lot whose
     * earlier message is not due yet keeps its later ones waiting too, so its deferred records are still
     * retried in the order they were deferred. What is not due within {@link #REQUEUE_AFTER} goes back to
     * the end of the topic unchanged, in order, in this batch's transaction, and the messages behind it are
     * read. A message waiting for {@code d} is rewritten about {@code d / REQUEUE_AFTER} times.
     */
    private void retries(List<ConsumerRecord<byte[], byte[]>> batch) throws InterruptedException {
        List<ConsumerRecord<byte[], byte[]>> pending = batch;
        boolean waited = false;
        while (!pending.isEmpty()) {
            long now = System.currentTimeMillis();
            List<ConsumerRecord<byte[], byte[]>> due = new ArrayList<>();
            List<ConsumerRecord<byte[], byte[]>> later = new ArrayList<>();
            java.util.Set<String> held = new java.util.HashSet<>();
            long next = Long.MAX_VALUE;
            for (ConsumerRecord<byte[], byte[]> m : pending) {
                String lot = m.key() == null ? null : new String(m.key(), StandardCharsets.UTF_8);
                long at = Headers.number(m.headers(), Headers.DUE, 0);
                boolean behindItsLot = lot != null && held.contains(lot);
                if (behindItsLot || at > now) {
                    later.add(m);
                    if (!behindItsLot) {
                        // the first waiting message of its lot: its due time is one the batch can wait for
                        next = Math.min(next, at);
                        if (lot != null) {
                            held.add(lot);
                        }
                    }
                } else {
                    due.add(m);
                }
            }
            if (!due.isEmpty()) {
                List<Decision> decisions = decide(due, ingestor.remembered(due.stream().map(this::source).toList()));
                for (int i = 0; i < due.size(); i++) {
                    publish(due.get(i), decisions.get(i));
                }
                pending = later;
                continue;
            }
            long wait = next - now;
            if (wait > REQUEUE_AFTER.toMillis() && waited) {
                pending.forEach(publisher::requeue);
                return;
            }
            Thread.sleep(Math.min(Math.max(wait, 1), REQUEUE_AFTER.toMillis()));
            waited = true;
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

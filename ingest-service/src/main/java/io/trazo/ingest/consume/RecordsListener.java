package io.trazo.ingest.consume;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Consumes the records topic and the retry topics in batches. Each poll's batch runs inside one Kafka
 * transaction begun by the container: receipts, forwards and the consumed offsets commit together,
 * after the store writes they report on. Any exception (the store unreachable, Kafka failing) aborts
 * the transaction; the after-rollback processor seeks back and the batch is replayed, which the
 * append protocol and the {@link OutcomeMemo} make idempotent.
 */
final class RecordsListener {

    private final Ingestor ingestor;
    private final ReceiptPublisher publisher;

    private final String retryTopic;
    private final Timer batches;

    RecordsListener(Ingestor ingestor, ReceiptPublisher publisher, String retryTopic, MeterRegistry meters) {
        this.ingestor = ingestor;
        this.publisher = publisher;
        this.retryTopic = retryTopic;
        this.batches = meters.timer("trazo.ingest.stage", "stage", "batch");
    }

    /**
     * The batch timer covers the listener's work; the transaction commit that follows is Kafka's, outside it.
     * A record deferred in the batch (typically a merge or split whose other lot lives on a partition that
     * another listener thread is appending right now) is tried once more at the end of the batch, in
     * batch order, before it goes round the retry topic, which costs at least {@code first-delay}. A lot's
     * later records in the batch depend on the held one and are held too, so their order is kept.
     */
    @KafkaListener(id = "trazo-records", topics = "${trazo.topics.records:trazo.records}", batch = "true")
    void onRecords(List<ConsumerRecord<byte[], byte[]>> batch) {
        batches.record(() -> {
            Map<Source, Receipt> remembered = ingestor.remembered(batch.stream().map(this::source).toList());
            List<Decision> decisions = decide(batch, remembered);
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
     * The retry topic, in order: each message waits until its due time, and the messages already due
     * then are decided together. Blocking here holds up only the retry consumer, never the records
     * topic; the longest wait is the last round's delay, well inside max.poll.interval.ms. Order matters
     * more than promptness: a lot's deferred records must be retried in the order they were deferred.
     */
    @KafkaListener(id = "trazo-retries", topics = "${trazo.topics.retry:trazo.records.retry}", batch = "true")
    void onRetries(List<ConsumerRecord<byte[], byte[]>> batch) throws InterruptedException {
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
        List<Ingestor.Message> batch = new ArrayList<>(messages.size());
        for (ConsumerRecord<byte[], byte[]> m : messages) {
            Source source = source(m);
            batch.add(new Ingestor.Message(m.value(), source, attempt(m), Headers.capture(m.headers()).orElse(null),
                    Optional.ofNullable(remembered.get(source))));
        }
        return ingestor.ingestAll(batch);
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
}

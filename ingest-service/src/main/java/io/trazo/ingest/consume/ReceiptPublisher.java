package io.trazo.ingest.consume;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.trazo.ingest.IngestProperties;
import io.trazo.ledger.crypto.Digest;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a {@link Decision}: the receipt, and the original to a retry topic or the dead-letter
 * topic. Called on the listener thread, so every send joins the container's Kafka transaction
 * together with the consumed offset: all of them become visible to read_committed readers, or none.
 */
final class ReceiptPublisher {

    private static final int MAX_HEADER_CHARS = 1024;

    private final KafkaTemplate<byte[], byte[]> kafka;
    private final IngestProperties.Topics topics;
    private final IngestProperties.Retry retry;
    private final JsonMapper json;
    private final SizedRecords sized;
    private final Timer latency;
    private final Timer stage;

    ReceiptPublisher(KafkaTemplate<byte[], byte[]> kafka, IngestProperties properties, JsonMapper json, MeterRegistry meters) {
        this.kafka = kafka;
        this.topics = properties.topics();
        this.retry = properties.retry();
        this.json = json;
        this.sized = SizedRecords.of(kafka, topics);
        this.latency = Timer.builder("trazo.ingest.latency").description("publish on the records topic to receipt sent")
                .publishPercentiles(0.5, 0.99).register(meters);
        this.stage = meters.timer("trazo.ingest.stage", "stage", "publish");
    }

    void publish(ConsumerRecord<byte[], byte[]> message, Source source, Decision decision) {
        publish(message, source, decision, Integer.MAX_VALUE);
    }

    /** @param keep the most bytes of the value a dead letter may carry, even where more would fit */
    void publish(ConsumerRecord<byte[], byte[]> message, Source source, Decision decision, int keep) {
        long start = System.nanoTime();
        send(message, source, decision, keep);
        stage.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    private void send(ConsumerRecord<byte[], byte[]> message, Source source, Decision decision, int keep) {
        Receipt receipt = decision.receipt();
        String key = receipt.record() != null ? receipt.record()
                : "raw:" + Digest.sha256(message.value() == null ? new byte[0] : message.value()).hex();
        kafka.send(topics.receipts(), Headers.bytes(key), json.writeValueAsBytes(receipt));
        switch (decision.route()) {
            case RETRY -> forward(message, source, topics.retry(), decision.retryAttempt() + 1,
                    System.currentTimeMillis() + retry.delay(decision.retryAttempt()).toMillis());
            case DEAD_LETTER -> deadLetter(message, source, receipt, keep);
            case NONE -> { }
        }
        if (receipt.outcome().isFinal() && message.timestamp() > 0) {
            latency.record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - message.timestamp())));
        }
    }

    /**
     * A retry message that is not due yet, back at the end of the retry topic as it was (key, value and
     * every header, its due time included), in the listener's transaction: no receipt, no new round.
     */
    void requeue(ConsumerRecord<byte[], byte[]> message) {
        kafka.send(sized.forward(topics.retry(), timestamp(message), message.key(), message.value(),
                new RecordHeaders(message.headers().toArray())));
    }

    private void forward(ConsumerRecord<byte[], byte[]> message, Source source, String topic, int attempt, long due) {
        RecordHeaders headers = carried(message, source);
        headers.add(Headers.ATTEMPT, Headers.bytes(Integer.toString(attempt)));
        headers.add(Headers.DUE, Headers.bytes(Long.toString(due)));
        kafka.send(sized.forward(topic, timestamp(message), message.key(), message.value(), headers));
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> message, Source source, Receipt receipt, int keep) {
        RecordHeaders headers = carried(message, source);
        headers.add(Headers.REASON, Headers.bytes(receipt.reason()));
        headers.add(Headers.PATH, Headers.bytes(clip(receipt.path())));
        headers.add(Headers.MESSAGE, Headers.bytes(clip(receipt.message())));
        if (receipt.record() != null) {
            headers.add(Headers.RECORD, Headers.bytes(receipt.record()));
        }
        kafka.send(sized.deadLetter(topics.deadLetters(), timestamp(message), message.key(), message.value(), headers, keep));
    }

    private static RecordHeaders carried(ConsumerRecord<byte[], byte[]> message, Source source) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Headers.SOURCE, Headers.bytes(source.toString()));
        Headers.capture(message.headers()).ifPresent(c -> headers.add(Headers.CAPTURE, Headers.bytes(c)));
        return headers;
    }

    /** The receipt keeps the whole finding; a dead letter's headers stay small so that its value has the room. */
    private static String clip(String text) {
        return text == null ? "" : text.length() <= MAX_HEADER_CHARS ? text : text.substring(0, MAX_HEADER_CHARS);
    }

    /** A producer may have sent no timestamp (-1), which a ProducerRecord refuses; the broker then stamps it. */
    private static Long timestamp(ConsumerRecord<byte[], byte[]> message) {
        return message.timestamp() >= 0 ? message.timestamp() : null;
    }
}

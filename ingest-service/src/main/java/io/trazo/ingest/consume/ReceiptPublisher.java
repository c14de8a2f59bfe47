package io.trazo.ingest.consume;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.trazo.ingest.IngestProperties;
import io.trazo.ledger.crypto.Digest;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a {@link Decision}: the receipt, and the original to a retry topic or the dead-letter
 * topic. Called on the listener thread, so every send joins the container's Kafka transaction
 * together with the consumed offset: all of them become visible to read_committed readers, or none.
 */
final class ReceiptPublisher {

    private final KafkaTemplate<byte[], byte[]> kafka;
    private final IngestProperties.Topics topics;
    private final IngestProperties.Retry retry;
    private final JsonMapper json;
    private final Timer latency;
    private final Timer stage;

    ReceiptPublisher(KafkaTemplate<byte[], byte[]> kafka, IngestProperties properties, JsonMapper json, MeterRegistry meters) {
        this.kafka = kafka;
        this.topics = properties.topics();
        this.retry = properties.retry();
        this.json = json;
        this.latency = Timer.builder("trazo.ingest.latency").description("publish on the records topic to receipt sent")
                .publishPercentiles(0.5, 0.99).register(meters);
        this.stage = meters.timer("trazo.ingest.stage", "stage", "publish");
    }

    void publish(ConsumerRecord<byte[], byte[]> message, Source source, Decision decision) {
        long start = System.nanoTime();
        send(message, source, decision);
        stage.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    private void send(ConsumerRecord<byte[], byte[]> message, Source source, Decision decision) {
        Receipt receipt = decision.receipt();
        String key = receipt.record() != null ? receipt.record()
                : "raw:" + Digest.sha256(message.value() == null ? new byte[0] : message.value()).hex();
        kafka.send(topics.receipts(), Headers.bytes(key), json.writeValueAsBytes(receipt));
        switch (decision.route()) {
            case RETRY -> forward(message, source, topics.retry(), decision.retryAttempt() + 1,
                    System.currentTimeMillis() + retry.delay(decision.retryAttempt()).toMillis());
            case DEAD_LETTER -> deadLetter(message, source, receipt);
            case NONE -> { }
        }
        if (receipt.outcome().isFinal() && message.timestamp() > 0) {
            latency.record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - message.timestamp())));
        }
    }

    private void forward(ConsumerRecord<byte[], byte[]> message, Source source, String topic, int attempt, long due) {
        RecordHeaders headers = carried(message, source);
        headers.add(Headers.ATTEMPT, Headers.bytes(Integer.toString(attempt)));
        headers.add(Headers.DUE, Headers.bytes(Long.toString(due)));
        kafka.send(new ProducerRecord<>(topic, null, message.timestamp(), message.key(), message.value(), headers));
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> message, Source source, Receipt receipt) {
        RecordHeaders headers = carried(message, source);
        headers.add(Headers.REASON, Headers.bytes(receipt.reason()));
        headers.add(Headers.PATH, Headers.bytes(receipt.path() == null ? "" : receipt.path()));
        headers.add(Headers.MESSAGE, Headers.bytes(receipt.message() == null ? "" : receipt.message()));
        if (receipt.record() != null) {
            headers.add(Headers.RECORD, Headers.bytes(receipt.record()));
        }
        kafka.send(new ProducerRecord<>(topics.deadLetters(), null, message.timestamp(), message.key(), message.value(), headers));
    }

    private static RecordHeaders carried(ConsumerRecord<byte[], byte[]> message, Source source) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Headers.SOURCE, Headers.bytes(source.toString()));
        Headers.text(message.headers(), Headers.CAPTURE).ifPresent(c -> headers.add(Headers.CAPTURE, Headers.bytes(c)));
        return headers;
    }
}

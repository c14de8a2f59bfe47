package io.trazo.ingest.consume;

import io.trazo.ingest.IngestProperties;
import io.trazo.ledger.crypto.Digest;
import java.util.Arrays;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The records ingest forwards to its own topics, made to fit. A message that only just fit the
 * records topic no longer fits once ingest adds its headers; inside the listener's transaction a send
 * the producer or the broker refuses aborts the whole batch, every time it is replayed. So the size is
 * checked before sending, with the producer's own estimate (an upper bound of the batch, which is what
 * both {@code max.request.size} and the topic's {@code max.message.bytes} are compared with), and
 * what does not fit is cut.
 */
final class SizedRecords {

    private static final byte[] EMPTY = new byte[0];
    /** A value's length and its record's length are varints: each may grow by four bytes from an empty value. */
    private static final int VARINT_GROWTH = 8;

    private final int limit;

    SizedRecords(int limit) {
        this.limit = limit;
    }

    /** The smaller of the producer's {@code max.request.size} and the topics' configured {@code max.message.bytes}. */
    static SizedRecords of(KafkaTemplate<byte[], byte[]> kafka, IngestProperties.Topics topics) {
        Object configured = kafka.getProducerFactory().getConfigurationProperties().get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        int maxRequest = configured == null ? 1024 * 1024 : Integer.parseInt(configured.toString());
        return new SizedRecords(Math.min(maxRequest, topics.maxMessageBytes()));
    }

    /**
     * A dead letter of {@code value}: whole if it fits and is at most {@code keep} bytes, otherwise its
     * longest prefix that fits (at most {@code keep} bytes) with {@value Headers#TRUNCATED}. The
     * SHA-256 and the size of the whole value are always added, so a cut letter still identifies it. A
     * key so large that not even an empty value fits beside it is dropped.
     */
    ProducerRecord<byte[], byte[]> deadLetter(String topic, Long timestamp, byte[] key, byte[] value, RecordHeaders headers, int keep) {
        byte[] whole = value == null ? EMPTY : value;
        headers.add(Headers.VALUE_SHA256, Headers.bytes(Digest.sha256(whole).hex()));
        headers.add(Headers.VALUE_SIZE, Headers.bytes(Integer.toString(whole.length)));
        if (whole.length <= keep && fits(key, whole, headers)) {
            return new ProducerRecord<>(topic, null, timestamp, key, value, headers);
        }
        byte[] k = key;
        headers.add(Headers.TRUNCATED, Headers.bytes("value"));
        if (!fits(k, EMPTY, headers)) {
            k = null;
            headers.remove(Headers.TRUNCATED);
            headers.add(Headers.TRUNCATED, Headers.bytes("key,value"));
        }
        int room = limit - size(k, EMPTY, headers) - VARINT_GROWTH;
        byte[] prefix = Arrays.copyOf(whole, Math.max(0, Math.min(keep, Math.min(whole.length, room))));
        return new ProducerRecord<>(topic, null, timestamp, k, prefix, headers);
    }

    /**
     * A record forwarded whole (to the retry topic: its value is a parsed record, far below the limit).
     * Only a key too large to travel with it is dropped; such a key was never a lot's.
     */
    ProducerRecord<byte[], byte[]> forward(String topic, Long timestamp, byte[] key, byte[] value, RecordHeaders headers) {
        return new ProducerRecord<>(topic, null, timestamp, fits(key, value, headers) ? key : null, value, headers);
    }

    private boolean fits(byte[] key, byte[] value, RecordHeaders headers) {
        return size(key, value, headers) <= limit;
    }

    private static int size(byte[] key, byte[] value, RecordHeaders headers) {
        return AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.NONE, key,
                value == null ? EMPTY : value, headers.toArray());
    }
}

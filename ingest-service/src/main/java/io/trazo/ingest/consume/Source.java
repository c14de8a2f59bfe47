package io.trazo.ingest.consume;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Where a message was first published: topic, partition and offset on the records topic. Retries keep
 * it in the {@value Headers#SOURCE} header, so a record that went round the retry topics is still
 * answered as the message it was.
 */
record Source(String topic, int partition, long offset) {

    /**
     * A message on the records topic is its own source. Any {@value Headers#SOURCE} header it carries
     * came from its producer, and trusting it would let a producer claim another message's receipt.
     */
    static Source at(ConsumerRecord<?, ?> message) {
        return new Source(message.topic(), message.partition(), message.offset());
    }

    /**
     * A message on the retry topic answers for the records-topic message named in its header, which
     * ingest wrote; without a readable one it can only answer for itself.
     */
    static Source carried(ConsumerRecord<?, ?> message) {
        Header header = message.headers().lastHeader(Headers.SOURCE);
        if (header == null || header.value() == null) {
            return at(message);
        }
        String text = new String(header.value(), StandardCharsets.UTF_8);
        int b = text.lastIndexOf('/');
        int a = b <= 0 ? -1 : text.lastIndexOf('/', b - 1);
        try {
            return a <= 0 ? at(message)
                    : new Source(text.substring(0, a), Integer.parseInt(text.substring(a + 1, b)), Long.parseLong(text.substring(b + 1)));
        } catch (NumberFormatException e) {
            return at(message);
        }
    }

    @Override
    public String toString() {
        return topic + "/" + partition + "/" + offset;
    }
}

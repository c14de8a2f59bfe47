package io.trazo.ingest.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import java.nio.charset.StandardCharsets;

/**
 * Where a message was first published: topic, partition and offset on the records topic. Retries keep
 * it in the {@value Headers#SOURCE} header, so a record that went round the retry topics is still
 * answered as the message it was.
 */
record Source(String topic, int partition, long offset) {

    static Source of(ConsumerRecord<?, ?> message) {
        Header header = message.headers().lastHeader(Headers.SOURCE);
        if (header == null) {
            return new Source(message.topic(), message.partition(), message.offset());
        }
        String text = new String(header.value(), StandardCharsets.UTF_8);
        int b = text.lastIndexOf('/');
        int a = text.lastIndexOf('/', b - 1);
        return new Source(text.substring(0, a), Integer.parseInt(text.substring(a + 1, b)), Long.parseLong(text.substring(b + 1)));
    }

    @Override
    public String toString() {
        return topic + "/" + partition + "/" + offset;
    }
}

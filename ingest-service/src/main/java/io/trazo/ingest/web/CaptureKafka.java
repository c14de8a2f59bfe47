package io.trazo.ingest.web;

import java.util.Map;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A non-transactional producer for captures: the listener's template is transactional and may only
 * send inside the container's transaction. Idempotent and acks=all, from the Boot producer settings.
 */
record CaptureKafka(KafkaTemplate<byte[], byte[]> template) {

    static CaptureKafka of(Map<String, Object> producerProperties) {
        DefaultKafkaProducerFactory<byte[], byte[]> factory = new DefaultKafkaProducerFactory<>(producerProperties);
        return new CaptureKafka(new KafkaTemplate<>(factory));
    }
}

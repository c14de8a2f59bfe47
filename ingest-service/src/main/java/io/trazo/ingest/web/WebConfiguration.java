package io.trazo.ingest.web;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean(destroyMethod = "")
    CaptureKafka captureKafka(KafkaProperties kafka) {
        var props = kafka.buildProducerProperties();
        props.remove(org.apache.kafka.clients.producer.ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return CaptureKafka.of(props);
    }
}

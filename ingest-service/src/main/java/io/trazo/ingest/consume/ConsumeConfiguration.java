package io.trazo.ingest.consume;

import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.ingest.IngestProperties;
import io.trazo.append.Appender;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import io.trazo.mongo.IngestOutcomes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import tools.jackson.databind.json.JsonMapper;

/** The Kafka side: topics, the listener and what it publishes. */
@Configuration(proxyBeanMethods = false)
class ConsumeConfiguration {

    @Bean
    OutcomeMemo outcomeMemo(IngestOutcomes outcomes, JsonMapper json) {
        return new OutcomeMemo(outcomes, json);
    }

    @Bean
    Ingestor ingestor(Appender appender, OutcomeMemo memo, IngestProperties properties, MeterRegistry meters) {
        return new Ingestor(appender, memo, properties, meters);
    }

    @Bean
    Suspects suspects(IngestProperties properties) {
        return new Suspects(properties.failures());
    }

    @Bean
    PartitionProgress partitionProgress(IngestProperties properties, MeterRegistry meters) {
        return new PartitionProgress(properties, meters, Clock.systemUTC());
    }

    @Bean
    PartitionsHealthIndicator partitionsHealthIndicator(PartitionProgress progress) {
        return new PartitionsHealthIndicator(progress);
    }

    /**
     * Boot's, except that it runs transaction synchronizations: the listener learns that its batch is
     * committed (its offsets, and with them the partition's progress) only from {@code afterCommit}.
     * spring-kafka turns them off by default for chaining with other transaction managers, which
     * ingest does not do, and nothing else here joins a transaction (the store uses the driver directly).
     */
    @Bean
    KafkaTransactionManager<?, ?> kafkaTransactionManager(ProducerFactory<?, ?> producerFactory) {
        KafkaTransactionManager<?, ?> manager = new KafkaTransactionManager<>(producerFactory);
        manager.setTransactionSynchronization(AbstractPlatformTransactionManager.SYNCHRONIZATION_ALWAYS);
        return manager;
    }

    /** Boot's listener container factory takes it; the listeners run in Kafka transactions, so it handles every failure. */
    @Bean
    AfterRollbackProcessor<Object, Object> rollbackPolicy(Suspects suspects, IngestProperties properties, MeterRegistry meters) {
        return new RollbackPolicy(suspects, properties.failures(), meters);
    }

    @Bean
    RecordsListener recordsListener(Ingestor ingestor, KafkaTemplate<byte[], byte[]> kafka, IngestProperties properties, JsonMapper json,
            Suspects suspects, PartitionProgress progress, MeterRegistry meters) {
        return new RecordsListener(ingestor, new ReceiptPublisher(kafka, properties, json, meters), suspects, progress,
                properties.topics().retry(), meters);
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin);
    }

    /** Created if absent; existing topics are left as they are (their partition count is an operator's decision). */
    @Bean
    KafkaAdmin.NewTopics trazoTopics(IngestProperties properties) {
        IngestProperties.Topics t = properties.topics();
        Map<String, String> big = Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(t.maxMessageBytes()));
        List<NewTopic> topics = new ArrayList<>();
        topics.add(new NewTopic(t.records(), t.partitions(), t.replicas()).configs(big));
        topics.add(new NewTopic(t.receipts(), t.partitions(), t.replicas()));
        topics.add(new NewTopic(t.deadLetters(), t.partitions(), t.replicas()).configs(big));
        topics.add(new NewTopic(t.retry(), t.partitions(), t.replicas()).configs(big));
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}

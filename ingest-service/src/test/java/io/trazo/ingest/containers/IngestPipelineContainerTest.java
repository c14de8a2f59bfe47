package io.trazo.ingest.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trazo.ingest.IngestApplication;
import io.trazo.append.RecordKeys;
import io.trazo.mongo.Containers;
import io.trazo.mongo.MongoLedgerStore;
import io.trazo.demo.CoffeeJourney;
import io.trazo.append.LedgerInvariants;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The happy path against the real images, {@code apache/kafka} and a {@code mongo:8} replica set:
 * the whole journey published to Kafka ends up accepted in MongoDB. Skipped, with the reason, where
 * Docker or the images are unavailable; the same assertions run against the embedded broker and the
 * Mongo-wire stand-in in {@code IngestPipelineTest}.
 */
@Testcontainers(disabledWithoutDocker = true)
class IngestPipelineContainerTest {

    private static KafkaContainer kafka;
    private static MongoDBContainer mongo;

    @BeforeAll
    static void start() {
        kafka = Containers.startOrSkip(new KafkaContainer("apache/kafka:4.1.2"));
        mongo = Containers.startOrSkip(new MongoDBContainer("mongo:8"));
    }

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.stop();
        }
        if (mongo != null) {
            mongo.stop();
        }
    }

    @Test
    void theJourneyPublishedToRealKafkaIsAcceptedIntoRealMongo() {
        String database = "containers";
        try (ConfigurableApplicationContext ingest = new SpringApplicationBuilder(IngestApplication.class).run(
                "--trazo.bootstrap=" + kafka.getBootstrapServers(), "--trazo.mongo-uri=" + mongo.getReplicaSetUrl(database),
                "--trazo.trust-root=" + CoffeeJourney.trustRoot().base64Url(), "--server.port=0");
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties(), new ByteArraySerializer(),
                        new ByteArraySerializer());
                KafkaConsumer<byte[], byte[]> receipts = new KafkaConsumer<>(consumerProperties(), new ByteArrayDeserializer(),
                        new ByteArrayDeserializer())) {
            List<byte[]> journey = CoffeeJourney.records();
            for (byte[] record : journey) {
                String key = RecordKeys.keyOf(record).orElse(null);
                producer.send(new ProducerRecord<>("trazo.records", key == null ? null : key.getBytes(StandardCharsets.UTF_8), record));
            }
            producer.flush();
            receipts.subscribe(List.of("trazo.receipts"));
            Set<String> accepted = ConcurrentHashMap.newKeySet();
            await().atMost(Duration.ofMinutes(2)).until(() -> {
                receipts.poll(Duration.ofMillis(500)).forEach(r -> {
                    String receipt = new String(r.value(), StandardCharsets.UTF_8);
                    if (receipt.contains("\"outcome\":\"ACCEPTED\"")) {
                        accepted.add(new String(r.key(), StandardCharsets.UTF_8));
                    }
                });
                return accepted.size() == journey.size();
            });
            assertThat(LedgerInvariants.check(ingest.getBean(MongoLedgerStore.class), journey)).hasSize(journey.size());
        }
    }

    private static Properties producerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return p;
    }

    private static Properties consumerProperties() {
        Properties p = new Properties();
        p.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG,
                "container-test", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"));
        return p;
    }
}

package io.trazo.ingest.testing;

import io.trazo.mongo.MongoTarget;
import io.trazo.demo.CoffeeJourney;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * One isolated ingest setup on the shared broker and Mongo: its own topic names, database and group,
 * the properties an ingest instance needs for it, a producer for the records topic, and a reader that
 * collects receipts and dead letters (read_committed, as receipt consumers must read).
 */
public final class IngestRig implements AutoCloseable {

    public final String id = UUID.randomUUID().toString().substring(0, 8);
    public final String records = "records-" + id;
    public final String receipts = "receipts-" + id;
    public final String deadLetters = "dlt-" + id;
    public final String database = "ingest-" + id;
    private final KafkaProducer<byte[], byte[]> producer;
    private final List<ConsumerRecord<byte[], byte[]>> receiptLog = new CopyOnWriteArrayList<>();
    private final List<ConsumerRecord<byte[], byte[]>> deadLetterLog = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile boolean running = true;

    public IngestRig() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTarget.bootstrap());
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
        reader = new Thread(this::read, "rig-reader-" + id);
        reader.setDaemon(true);
        reader.start();
    }

    /** Properties for an ingest instance of this rig (Spring property names). */
    public Map<String, Object> properties() {
        Map<String, Object> m = new HashMap<>();
        m.put("trazo.bootstrap", KafkaTarget.bootstrap());
        m.put("trazo.mongo-uri", MongoTarget.shared().uri(database));
        m.put("trazo.trust-root", CoffeeJourney.trustRoot().base64Url());
        m.put("trazo.topics.records", records);
        m.put("trazo.topics.receipts", receipts);
        m.put("trazo.topics.dead-letters", deadLetters);
        m.put("trazo.topics.retry", "retry-" + id);
        m.put("trazo.retry.attempts", "6");
        m.put("trazo.retry.first-delay", "250ms");
        // 250 ms doubling over 6 rounds: about 16 s before MISSING_DEPENDENCY, room for a loaded CI machine
        m.put("trazo.retry.multiplier", "2");
        m.put("spring.kafka.consumer.group-id", "ingest-" + id);
        m.put("spring.kafka.listener.concurrency", "2");
        m.put("server.port", "0");
        return m;
    }

    /** @return the message's source, {@code topic/partition/offset}, as receipts name it */
    public String publish(String key, byte[] value) {
        return publishTo(null, key, value);
    }

    public String publishTo(Integer partition, String key, byte[] value) {
        try {
            var meta = producer.send(new ProducerRecord<>(records, partition, key == null ? null : key.getBytes(), value)).get();
            return meta.topic() + "/" + meta.partition() + "/" + meta.offset();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void publishAll(List<byte[]> values) {
        values.forEach(v -> publish(io.trazo.append.RecordKeys.keyOf(v).orElse(null), v));
    }

    public List<ConsumerRecord<byte[], byte[]>> receipts() {
        return new ArrayList<>(receiptLog);
    }

    public List<ConsumerRecord<byte[], byte[]>> deadLetters() {
        return new ArrayList<>(deadLetterLog);
    }

    private void read() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTarget.bootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "rig-" + id);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000);
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            c.subscribe(java.util.regex.Pattern.compile("(" + receipts + "|" + deadLetters + ")"));
            while (running) {
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(200))) {
                    (r.topic().equals(receipts) ? receiptLog : deadLetterLog).add(r);
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        producer.close();
    }
}

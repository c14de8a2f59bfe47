package io.trazo.ingest.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.IngestRig;
import io.trazo.ingest.testing.KafkaTarget;
import io.trazo.ingest.testing.Receipts;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a receipt consumer, an operator and the broker's administrator see of one ingest instance and
 * its rig: final receipts and dead letters by source, the health and metrics endpoints over HTTP, and
 * topic settings changed through the admin API.
 */
final class IngestProbe implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Only the length of a value counts for its record's size. */
    private static final byte[] ZEROS = new byte[8 * 1024 * 1024];

    private final IngestRig rig;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Admin admin;
    private final KafkaProducer<byte[], byte[]> producer;

    IngestProbe(IngestRig rig) {
        this.rig = rig;
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTarget.bootstrap());
        this.admin = Admin.create(p);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        this.producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Publishes to the rig's records topic with headers of the producer's choosing. @return the message's source */
    String publishWithHeaders(int partition, String key, byte[] value, Map<String, String> headers) {
        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(rig.records, partition, key.getBytes(StandardCharsets.UTF_8), value);
        headers.forEach((name, text) -> r.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        try {
            RecordMetadata meta = producer.send(r).get();
            return meta.topic() + "/" + meta.partition() + "/" + meta.offset();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The one final receipt of the message published at {@code source}; fails if there are two. */
    JsonNode finalReceipt(String source) {
        await().atMost(Duration.ofSeconds(90)).until(() -> Receipts.finalBySource(rig.receipts()).containsKey(source));
        List<JsonNode> finals = Receipts.finalBySource(rig.receipts()).get(source);
        assertThat(finals).as("final receipts for %s", source).hasSize(1);
        return finals.get(0);
    }

    ConsumerRecord<byte[], byte[]> deadLetter(String source) {
        await().atMost(Duration.ofSeconds(90)).until(() -> rig.deadLetters().stream()
                .anyMatch(d -> source.equals(Receipts.header(d, Headers.SOURCE))));
        List<ConsumerRecord<byte[], byte[]>> found = rig.deadLetters().stream()
                .filter(d -> source.equals(Receipts.header(d, Headers.SOURCE))).toList();
        assertThat(found).as("dead letters for %s", source).hasSize(1);
        return found.get(0);
    }

    /** One health component as the actuator serves it, e.g. {@code partitions}. */
    JsonNode health(IngestInstance ingest, String component) {
        return get(ingest, "/actuator/health/" + component);
    }

    double metric(IngestInstance ingest, String name) {
        JsonNode m = get(ingest, "/actuator/metrics/" + name);
        return m.has("measurements") ? m.get("measurements").get(0).get("value").asDouble() : Double.NaN;
    }

    private JsonNode get(IngestInstance ingest, String path) {
        String port = ingest.context().getEnvironment().getProperty("local.server.port");
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body().isEmpty() ? "{}" : r.body());
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(path, e);
        }
    }

    /** Creates a topic as an operator might have; ingest leaves existing topics as they are. */
    void createTopic(String name, Map<String, String> configs) throws Exception {
        createTopic(name, 3, configs);
    }

    void createTopic(String name, int partitions, Map<String, String> configs) throws Exception {
        admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(configs))).all().get();
    }

    void setTopicConfig(String topic, String name, String value) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        AlterConfigOp op = value == null ? new AlterConfigOp(new ConfigEntry(name, ""), AlterConfigOp.OpType.DELETE)
                : new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(resource, List.of(op))).all().get();
    }

    /** The producer's upper bound of a one-record batch: what both max.request.size and max.message.bytes are checked against. */
    static int batchBytes(byte[] key, int valueLength, Header... headers) {
        return AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.NONE, ByteBuffer.wrap(key),
                ByteBuffer.wrap(ZEROS, 0, valueLength), headers);
    }

    @Override
    public void close() {
        producer.close();
        admin.close();
    }
}

package io.trazo.ingest.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.IngestRig;
import io.trazo.ingest.testing.KafkaTarget;
import io.trazo.ingest.testing.Receipts;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A failure no later record can cure gets its one final receipt straight away, and nothing goes round
 * the retry topic (issue 15, defect 6), on the real broker and the stand-in.
 */
class PermanentFailureTest {

    private final IngestRig rig = new IngestRig();
    private IngestInstance ingest;

    @AfterEach
    void stop() {
        ingest.close();
        rig.close();
    }

    @Test
    void anExporterRegisteringItsOwnKeyGetsOneFinalReceiptAndNoRetry() {
        ingest = IngestInstance.start(rig);
        SigningKey own = DemoParties.stranger("self-registering exporter");
        byte[] keyRecord = RecordBuilder.governance(RecordType.KEY).time(Instant.parse("2026-11-01T00:00:00Z"))
                .body(Json.obj("keyId", own.keyId().value(), "actor", DemoParties.EXPORTER, "publicKey", own.publicKey().base64Url(),
                        "validFrom", "2026-11-01T00:00:00.000Z"))
                .sign(own);
        String source = rig.publish(null, keyRecord);

        await().atMost(Duration.ofSeconds(60)).until(() -> Receipts.finalBySource(rig.receipts()).containsKey(source));
        List<JsonNode> all = Receipts.all(rig.receipts()).stream().filter(r -> r.get("source").asString().equals(source)).toList();
        assertThat(all).as("one receipt, and it is final").hasSize(1);
        assertThat(all.get(0).get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(all.get(0).get("reason").asString()).isEqualTo("NOT_TRUST_ROOT_KEY");
        assertThat(all.get(0).get("path").asString()).isEqualTo("/sigs/0");
        assertThat(retryTopicMessages()).as("messages ever written to the retry topic, committed or not").isZero();
    }

    /** Counts every message on the retry topic, aborted ones too: its end offsets, read uncommitted. */
    private long retryTopicMessages() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTarget.bootstrap());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        String topic = "retry-" + rig.id;
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            int partitions = c.partitionsFor(topic, Duration.ofSeconds(10)).size();
            List<TopicPartition> tps = IntStream.range(0, partitions).mapToObj(i -> new TopicPartition(topic, i)).toList();
            Map<TopicPartition, Long> ends = c.endOffsets(tps, Duration.ofSeconds(10));
            return ends.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}

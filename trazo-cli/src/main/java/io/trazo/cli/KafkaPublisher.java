package io.trazo.cli;

import io.trazo.append.RecordKeys;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code publish --bootstrap}: sends records straight to the records topic, keyed by {@link RecordKeys}
 * so that a lot's records share a partition. Idempotent, acks=all. Prints {@code topic/partition/offset
 * hash} per record: a receipt's {@code source} and key, so a record can be followed to its outcome.
 */
final class KafkaPublisher {

    /** The broker's and the topic's limit for one record (docs/operations.md). */
    static final int MAX_REQUEST_BYTES = 8 * 1024 * 1024;

    private KafkaPublisher() {}

    static int publish(String bootstrap, String topic, List<byte[]> records, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_BYTES);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (byte[] r : records) {
                byte[] key = RecordKeys.keyOf(r).map(k -> k.getBytes(StandardCharsets.UTF_8)).orElse(null);
                sent.add(producer.send(new ProducerRecord<>(topic, key, r)));
            }
            for (int i = 0; i < records.size(); i++) {
                RecordMetadata m = sent.get(i).get();
                out.println(m.topic() + "/" + m.partition() + "/" + m.offset() + " " + hash(records.get(i)));
            }
        } catch (ExecutionException | KafkaException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            err.println("trazo publish: Kafka at " + bootstrap + " did not take the records: " + cause.getMessage());
            return 4;
        }
        out.flush();
        err.printf("published %d records to %s%n", records.size(), topic);
        return 0;
    }

    private static String hash(byte[] wire) {
        try {
            return RecordCodec.parse(wire).hash().hex();
        } catch (RecordException e) {
            return "(unreadable: " + e.code() + ")";
        }
    }
}

package io.trazo.ingest.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Every published message by its {@code topic/partition/offset} (the receipts' {@code source}), and
 * every final receipt read {@code read_committed} from the end of the receipts topic as it was when
 * the soak began. Matching by source, not by record hash, is what lets a replay or a twin count as
 * its own message: "exactly one final outcome" is per message.
 */
final class SoakTally implements AutoCloseable {

    record Sent(String kind, String hash, long at) {}

    record Final(String outcome, String record, long at) {}

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<String, Sent> sent = new ConcurrentHashMap<>();
    private final Map<String, List<Final>> finals = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile boolean running = true;

    SoakTally(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = consumer.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
        consumer.assign(parts);
        consumer.seekToEnd(parts);
        parts.forEach(consumer::position);
        reader = new Thread(this::read, "receipts");
        reader.start();
    }

    void sent(String source, String kind, String hash, long at) {
        sent.put(source, new Sent(kind, hash, at));
    }

    int published() {
        return sent.size();
    }

    /** Published messages that have no final receipt yet. */
    long open() {
        return sent.keySet().stream().filter(s -> !finals.containsKey(s)).count();
    }

    private void read() {
        while (running) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                long now = System.nanoTime();
                String body = new String(r.value(), StandardCharsets.UTF_8);
                String outcome = field(body, "outcome");
                if (outcome == null || outcome.equals("DEFERRED")) {
                    continue;
                }
                String reason = field(body, "reason");
                finals.computeIfAbsent(field(body, "source"), s -> Collections.synchronizedList(new ArrayList<>()))
                        .add(new Final(reason == null ? outcome : outcome + " " + reason, field(body, "record"), now));
            }
        }
    }

    /** A top-level string field of a receipt; receipts are flat JSON objects written by ingest. */
    private static String field(String body, String name) {
        int at = body.indexOf("\"" + name + "\":\"");
        if (at < 0) {
            return null;
        }
        int from = at + name.length() + 4;
        return body.substring(from, body.indexOf('"', from));
    }

    /** The closing figures; {@code stalls} are the partitions' longest spells of lag without progress. */
    String report(Map<Integer, Double> stalls, double stallLimit) {
        StringBuilder out = new StringBuilder();
        Map<String, Long> byKind = new TreeMap<>(sent.values().stream().collect(Collectors.groupingBy(Sent::kind, Collectors.counting())));
        long finalCount = sent.keySet().stream().filter(finals::containsKey).count();
        List<String> lost = sent.keySet().stream().filter(s -> !finals.containsKey(s)).sorted().toList();
        List<String> twice = sent.keySet().stream().filter(s -> finals.containsKey(s) && finals.get(s).size() > 1).sorted().toList();
        Map<String, Long> accepted = finals.entrySet().stream().filter(e -> sent.containsKey(e.getKey()))
                .flatMap(e -> e.getValue().stream()).filter(f -> f.outcome().equals("ACCEPTED") && f.record() != null)
                .collect(Collectors.groupingBy(Final::record, Collectors.counting()));
        List<String> storedTwice = accepted.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
        out.append(String.format("PUBLISHED: %d messages %s%n", sent.size(), byKind));
        out.append(String.format("FINAL RECEIPTS: %d messages with a final receipt%n", finalCount));
        out.append(String.format("LOST: %d (published, no final receipt by the end of the drain)%s%n", lost.size(), sample(lost)));
        out.append(String.format("DUPLICATED: %d messages with more than one final receipt%s; %d records ACCEPTED more than once%s%n",
                twice.size(), sample(twice), storedTwice.size(), sample(storedTwice)));
        long stalled = stalls.values().stream().filter(s -> s > stallLimit).count();
        out.append(String.format("STALLED PARTITIONS: %d (lag without progress for more than %.0f s); longest spell per partition: %s%n",
                stalled, stallLimit, new TreeMap<>(stalls).entrySet().stream()
                        .map(e -> String.format("%d: %.1f s", e.getKey(), e.getValue())).collect(Collectors.joining(", "))));
        out.append(String.format("MAX RECEIPT DELAY: valid records %s; hostile messages %s%n", delays(false), delays(true)));
        out.append("OUTCOMES by kind:\n");
        Map<String, Map<String, Long>> outcomes = new TreeMap<>();
        sent.forEach((source, s) -> outcomes.computeIfAbsent(s.kind(), k -> new TreeMap<>())
                .merge(finals.containsKey(source) ? finals.get(source).get(0).outcome() : "(none)", 1L, Long::sum));
        outcomes.forEach((kind, o) -> out.append(String.format("  %-16s %s%n", kind, o)));
        return out.toString();
    }

    private String delays(boolean hostile) {
        long[] d = sent.entrySet().stream().filter(e -> e.getValue().kind().equals("valid") != hostile && finals.containsKey(e.getKey()))
                .mapToLong(e -> finals.get(e.getKey()).get(0).at() - e.getValue().at()).sorted().toArray();
        if (d.length == 0) {
            return "(none)";
        }
        return String.format("max %.1f s (p50 %.0f ms, p99 %.0f ms, n=%d)", d[d.length - 1] / 1e9, d[d.length / 2] / 1e6,
                d[Math.min(d.length - 1, (int) Math.ceil(0.99 * d.length) - 1)] / 1e6, d.length);
    }

    private static String sample(List<String> items) {
        return items.isEmpty() ? "" : " e.g. " + items.subList(0, Math.min(5, items.size()));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join();
        consumer.close();
    }
}

package io.trazo.ingest.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Final receipts read_committed from the end of the receipts topic, matched to send times by record hash:
 * the measuring side of {@link IngestLoad}, apart from the publishing side it times.
 */
final class FinalReceipts implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<String, Long> sent = new ConcurrentHashMap<>();
    private final Map<String, String> outcomes = new ConcurrentHashMap<>();
    private final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Long> arrivals = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;
    private volatile boolean running = true;
    private volatile CountDownLatch done = new CountDownLatch(0);
    private final AtomicInteger pending = new AtomicInteger();
    private volatile java.util.Set<String> wanted = java.util.Set.of();

    FinalReceipts(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = consumer.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
        consumer.assign(parts);
        consumer.seekToEnd(parts);
        parts.forEach(consumer::position);
        reader = new Thread(this::read, "receipts");
        reader.start();
    }

    void expect(List<IngestLoad.Item> items) {
        sent.clear();
        outcomes.clear();
        latencies.clear();
        arrivals.clear();
        wanted = ConcurrentHashMap.newKeySet();
        items.forEach(i -> wanted.add(i.hash()));
        pending.set(wanted.size());
        done = new CountDownLatch(1);
    }

    void sentAt(String hash, long nanos) {
        sent.putIfAbsent(hash, nanos);
    }

    private void read() {
        while (running) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                long now = System.nanoTime();
                String body = new String(r.value(), StandardCharsets.UTF_8);
                String hash = new String(r.key(), StandardCharsets.UTF_8);
                if (body.contains("\"outcome\":\"DEFERRED\"") || !wanted.remove(hash)) {
                    continue;
                }
                int o = body.indexOf("\"outcome\":\"") + 11;
                String outcome = body.substring(o, body.indexOf('"', o));
                if (!outcome.equals("ACCEPTED")) {
                    int reason = body.indexOf("\"reason\":\"");
                    outcome += reason < 0 ? "" : " " + body.substring(reason + 10, body.indexOf('"', reason + 10));
                }
                outcomes.merge(outcome, "1", (a, b) -> Integer.toString(Integer.parseInt(a) + 1));
                Long at = sent.get(hash);
                if (at != null) {
                    latencies.add(now - at);
                }
                arrivals.add(now);
                if (pending.decrementAndGet() == 0) {
                    done.countDown();
                }
            }
        }
    }

    void await(Duration limit) throws InterruptedException {
        if (!done.await(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(pending.get() + " records got no final receipt within " + limit + "; outcomes so far " + outcomes);
        }
    }

    long lastAt() {
        synchronized (arrivals) {
            return arrivals.stream().mapToLong(Long::longValue).max().orElseThrow();
        }
    }

    double middleRate() {
        long[] a;
        synchronized (arrivals) {
            a = arrivals.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        int lo = a.length / 10;
        int hi = a.length * 9 / 10;
        return (hi - lo) / ((a[hi] - a[lo]) / 1e9);
    }

    String outcomes() {
        return new java.util.TreeMap<>(outcomes).toString();
    }

    String percentiles() {
        long[] l;
        synchronized (latencies) {
            l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        return String.format("p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms", at(l, 0.5), at(l, 0.9), at(l, 0.99), at(l, 1.0));
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join();
        consumer.close();
    }
}

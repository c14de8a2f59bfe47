package io.trazo.ingest.bench;

import io.trazo.append.RecordKeys;
import io.trazo.ingest.testing.Journeys;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The ingest load generator (docs/benchmarks.md §Ingest; not a test). Against a running broker and an
 * ingest service in its own JVM it:
 * <ol>
 *   <li>pre-signs the demo journey and generated journeys ({@link Journeys}: merges and splits across
 *       many lots), cached under {@code target/bench};
 *   <li>publishes the demo journey and {@code warm-up} more records and waits for their receipts, so that
 *       the three JVMs have compiled their hot code before anything is timed (a profile of a cold start
 *       showed the JIT compilers taking a quarter to a half of each process's CPU in the first minute);
 *   <li>measures raw BouncyCastle Ed25519 verification, one thread and two, as the ceiling, once the other
 *       processes are quiet ({@link Ceiling}); {@code ceiling=start} measures it before the warm-up instead,
 *       without waiting, where runs before 2026-12-06 measured it;
 *   <li>publishes {@code records} as fast as the producer goes and times publish → final receipt
 *       (read_committed) for each, giving the sustained rate;
 *   <li>publishes {@code latency-records} more, open loop at {@code rate}/s (latency counted from each
 *       record's scheduled time, so a stall is not hidden by the sender waiting), giving p50/p99;
 *   <li>reports CPU seconds per process ({@code /proc/PID/stat}) and the service's stage timers.
 * </ol>
 * Arguments are {@code name=value}: bootstrap, ingest-url, records (200000), latency-records (20000),
 * rate (2500), warm-up (100000), pids (name:pid,...), cache (target/bench), ceiling (quiet | start).
 */
public final class IngestLoad {

    private final Map<String, String> args;
    private final String bootstrap;
    private final Map<String, Long> pids = new java.util.LinkedHashMap<>();

    private IngestLoad(Map<String, String> args) {
        this.args = args;
        this.bootstrap = args.getOrDefault("bootstrap", "127.0.0.1:9092");
        for (String p : args.getOrDefault("pids", "").split(",")) {
            if (!p.isBlank()) {
                pids.put(p.substring(0, p.indexOf(':')), Long.parseLong(p.substring(p.indexOf(':') + 1)));
            }
        }
        pids.put("generator", ProcessHandle.current().pid());
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (String a : argv) {
            args.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        new IngestLoad(args).run();
        System.exit(0);
    }

    record Item(String key, String hash, byte[] wire) {}

    private void run() throws Exception {
        int n = Integer.parseInt(args.getOrDefault("records", "200000"));
        int m = Integer.parseInt(args.getOrDefault("latency-records", "20000"));
        int rate = Integer.parseInt(args.getOrDefault("rate", "2500"));
        Path cache = Path.of(args.getOrDefault("cache", "target/bench"));
        int w = Integer.parseInt(args.getOrDefault("warm-up", "100000"));
        int warmJourneys = (w + Journeys.RECORDS_PER_JOURNEY - 1) / Journeys.RECORDS_PER_JOURNEY;
        int journeys = (n + Journeys.RECORDS_PER_JOURNEY - 1) / Journeys.RECORDS_PER_JOURNEY;
        int latencyJourneys = (m + Journeys.RECORDS_PER_JOURNEY - 1) / Journeys.RECORDS_PER_JOURNEY;
        long t = System.nanoTime();
        List<Item> warm = presigned(cache.resolve("warm-up-" + warmJourneys + ".jsonl"), -1, warmJourneys);
        List<Item> load = presigned(cache.resolve("throughput-" + warmJourneys + "-" + journeys + ".jsonl"), warmJourneys, journeys);
        List<Item> paced = presigned(cache.resolve("latency-" + (warmJourneys + journeys) + "-" + latencyJourneys + ".jsonl"),
                warmJourneys + journeys, latencyJourneys);
        System.out.printf("pre-signed %d + %d + %d records in %.1f s%n", warm.size(), load.size(), paced.size(),
                (System.nanoTime() - t) / 1e9);
        System.out.printf("load: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());

        double sigsPerRecord = load.stream().limit(20000).mapToInt(i -> RecordCodec.parse(i.wire()).signatures().size()).average().orElse(1);
        Map<String, Long> services = new java.util.LinkedHashMap<>(pids);
        services.remove("generator");
        String ceilingAt = args.getOrDefault("ceiling", "quiet");
        if (!ceilingAt.equals("quiet") && !ceilingAt.equals("start")) {
            throw new IllegalArgumentException("ceiling=" + ceilingAt + ": quiet (after the warm-up, once the services are quiet) or start");
        }
        double two = ceilingAt.equals("start") ? ceiling(Ceiling.measure(services, "at start-up, as before 2026-12-06", false), sigsPerRecord) : 0;

        try (FinalReceipts receipts = new FinalReceipts(bootstrap, args.getOrDefault("receipts-topic", "trazo.receipts"));
                KafkaProducer<byte[], byte[]> producer = producer()) {
            String topic = args.getOrDefault("records-topic", "trazo.records");
            long warmStart = publishAll(producer, topic, receipts, warm);
            receipts.await(Duration.ofMinutes(30));
            System.out.printf("WARM-UP: %d records (demo journey included), last final receipt after %.1f s; outcomes %s%n", warm.size(),
                    (receipts.lastAt() - warmStart) / 1e9, receipts.outcomes());
            if (ceilingAt.equals("quiet")) {
                two = ceiling(Ceiling.measure(services, "after the warm-up's last receipt", true), sigsPerRecord);
            }

            Map<String, Double> cpu0 = cpu();
            Map<String, double[]> stages0 = Stages.read(args.get("ingest-url"));
            long start = publishAll(producer, topic, receipts, load);
            double publishSeconds = (System.nanoTime() - start) / 1e9;
            receipts.await(Duration.ofMinutes(30));
            double seconds = (receipts.lastAt() - start) / 1e9;
            Map<String, Double> cpu1 = cpu();
            Map<String, double[]> stages1 = Stages.read(args.get("ingest-url"));
            System.out.printf("THROUGHPUT: %d records, published in %.1f s, last final receipt after %.1f s: %.0f records/s "
                    + "(middle 80%%: %.0f records/s); ratio to the verify ceiling %.3f; outcomes %s%n", load.size(), publishSeconds,
                    seconds, load.size() / seconds, receipts.middleRate(), load.size() / seconds / (two / sigsPerRecord), receipts.outcomes());
            System.out.printf("  publish→receipt latency under saturation: %s%n", receipts.percentiles());
            report("CPU seconds during the throughput phase", cpu0, cpu1, load.size());
            Stages.report(stages0, stages1, load.size());

            receipts.expect(paced);
            long periodNanos = 1_000_000_000L / rate;
            long t0 = System.nanoTime() + 100_000_000L;
            for (int k = 0; k < paced.size(); k++) {
                long due = t0 + k * periodNanos;
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(due - System.nanoTime());
                }
                Item i = paced.get(k);
                receipts.sentAt(i.hash(), due);
                producer.send(new ProducerRecord<>(topic, i.key().getBytes(StandardCharsets.UTF_8), i.wire()));
            }
            receipts.await(Duration.ofMinutes(10));
            System.out.printf("LATENCY at %d records/s open loop, %d records: %s; outcomes %s%n", rate, paced.size(), receipts.percentiles(),
                    receipts.outcomes());
        }
    }

    /** Prints the ceiling and when it was measured; the two-thread rate, issue 16's denominator. */
    private static double ceiling(Ceiling.Result c, double sigsPerRecord) {
        System.out.printf("raw BouncyCastle Ed25519 verify: %.0f/s on 1 thread, %.0f/s on 2 threads; %.2f signatures per record "
                + "→ ceiling %.0f records/s%n  (ceiling %s)%n", c.oneThread(), c.twoThreads(), sigsPerRecord, c.twoThreads() / sigsPerRecord,
                c.conditions());
        return c.twoThreads();
    }

    /** Publishes {@code items} as fast as the producer goes, each timed from its send; returns when they started. */
    private static long publishAll(KafkaProducer<byte[], byte[]> producer, String topic, FinalReceipts receipts, List<Item> items) {
        receipts.expect(items);
        long start = System.nanoTime();
        for (Item i : items) {
            receipts.sentAt(i.hash(), System.nanoTime());
            producer.send(new ProducerRecord<>(topic, i.key().getBytes(StandardCharsets.UTF_8), i.wire()));
        }
        producer.flush();
        return start;
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** The demo journey (when {@code from} is -1) and generated journeys, signed once and cached as key TAB hash TAB record lines. */
    private static List<Item> presigned(Path file, int from, int journeys) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            int chunk = 500;
            List<List<byte[]>> parts = IntStream.range(0, (journeys + chunk - 1) / chunk).parallel()
                    .mapToObj(c -> Journeys.generated(Math.max(from, 0) + c * chunk, Math.min(chunk, journeys - c * chunk))).toList();
            List<byte[]> all = new ArrayList<>(from < 0 ? Journeys.withDemo(0) : List.of());
            parts.forEach(all::addAll);
            StringBuilder s = new StringBuilder();
            for (byte[] w : all) {
                SignedRecord r = RecordCodec.parse(w);
                s.append(RecordKeys.keyOf(r)).append('\t').append(r.hash().hex()).append('\t').append(new String(w, StandardCharsets.UTF_8))
                        .append('\n');
            }
            Files.writeString(file, s);
        }
        return Files.readAllLines(file).stream().map(l -> l.split("\t", 3))
                .map(p -> new Item(p[0], p[1], p[2].getBytes(StandardCharsets.UTF_8))).toList();
    }

    private Map<String, Double> cpu() throws IOException {
        return Ceiling.cpuSeconds(pids);
    }

    private static void report(String title, Map<String, Double> before, Map<String, Double> after, int records) {
        double total = after.entrySet().stream().mapToDouble(e -> e.getValue() - before.get(e.getKey())).sum();
        StringBuilder s = new StringBuilder(title + String.format(" (total %.1f):", total));
        after.forEach((k, v) -> s.append(String.format(" %s %.1f (%.0f%%, %.0f µs/record)", k, v - before.get(k),
                100 * (v - before.get(k)) / total, 1e6 * (v - before.get(k)) / records)));
        System.out.println(s);
    }
}

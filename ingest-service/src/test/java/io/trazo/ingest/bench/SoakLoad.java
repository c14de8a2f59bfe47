package io.trazo.ingest.bench;

import io.trazo.append.RecordKeys;
import io.trazo.ingest.testing.Journeys;
import io.trazo.ledger.record.RecordCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The soak (docs/benchmarks.md §Soak; not a test). Against a running broker and an ingest service that
 * deploy/local/bench-soak kills with SIGKILL and restarts every few minutes, it publishes the demo
 * journey and then generated journeys ({@link Journeys}) at a steady {@code rate} for {@code minutes},
 * with a {@link Hostile} message after every {@code hostile-every} valid records, each on the key of
 * the valid record beside it so that it shares that record's partition. Then it waits up to
 * {@code drain} seconds for the last final receipts and reports what became of every message.
 *
 * <p>Arguments are {@code name=value}: bootstrap, minutes (10), rate (100 records/s), hostile-every
 * (100), oversized (false: near-limit values only when asked, see docs/benchmarks.md §Soak), stall
 * (120 s), drain (300 s), group (trazo-records: the records listener's id, which Spring Kafka uses as its group), publishing-file (touched when publishing starts).
 */
public final class SoakLoad {

    private static final String RECORDS = "trazo.records";

    private final Map<String, String> args;

    private SoakLoad(Map<String, String> args) {
        this.args = args;
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (String a : argv) {
            args.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        new SoakLoad(args).run();
        System.exit(0);
    }

    private int number(String name, int otherwise) {
        return Integer.parseInt(args.getOrDefault(name, Integer.toString(otherwise)));
    }

    private void run() throws Exception {
        String bootstrap = args.getOrDefault("bootstrap", "127.0.0.1:9092");
        int minutes = number("minutes", 10);
        int rate = number("rate", 100);
        int every = number("hostile-every", 100);
        int stall = number("stall", 120);
        Hostile hostile = new Hostile(Boolean.parseBoolean(args.getOrDefault("oversized", "false")));
        int valid = minutes * 60 * rate;
        long t = System.nanoTime();
        List<byte[]> records = Journeys.withDemo((valid + Journeys.RECORDS_PER_JOURNEY - 1) / Journeys.RECORDS_PER_JOURNEY);
        int demo = records.size() - (valid + Journeys.RECORDS_PER_JOURNEY - 1) / Journeys.RECORDS_PER_JOURNEY * Journeys.RECORDS_PER_JOURNEY;
        System.out.printf("signed %d records in %.1f s; %d minutes at %d records/s, a hostile message every %d (%s)%n", records.size(),
                (System.nanoTime() - t) / 1e9, minutes, rate, every, hostile.kind(0) + ", " + hostile.kind(1) + ", …");

        try (SoakTally tally = new SoakTally(bootstrap, args.getOrDefault("receipts-topic", "trazo.receipts"));
                StallWatch watch = new StallWatch(bootstrap, args.getOrDefault("group", "trazo-records"), RECORDS);
                KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
            if (args.containsKey("publishing-file")) {
                Files.writeString(Path.of(args.get("publishing-file")), "publishing\n");
            }
            System.out.printf("publishing from %s, load %s%n", java.time.LocalTime.now(), Files.readString(Path.of("/proc/loadavg")).strip());
            long period = 1_000_000_000L / rate;
            long t0 = System.nanoTime();
            long end = t0 + TimeUnit.MINUTES.toNanos(minutes);
            int hostiles = 0;
            for (int k = 0; k < records.size() && System.nanoTime() < end; k++) {
                long due = t0 + k * period;
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(due - System.nanoTime());
                }
                byte[] wire = records.get(k);
                String key = RecordKeys.keyOf(wire).orElseThrow();
                send(producer, tally, key, wire, "valid");
                if (k > demo && k % every == 0) {
                    Hostile.Kind kind = hostile.kind(hostiles);
                    byte[] bad = switch (kind) {
                        case BAD_SIGNATURE -> hostile.badSignature(hostiles);
                        case UNKNOWN_KEY -> hostile.unknownKey(hostiles);
                        case MALFORMED_JSON -> Hostile.malformedJson(hostiles);
                        case OVERSIZED -> Hostile.oversized();
                        // journeys published a few hundred records ago are in: their drying has a successor to fork
                        case FORK -> hostile.fork(Math.max(0, (k - demo - 300) / Journeys.RECORDS_PER_JOURNEY));
                        case REPLAY -> records.get(Math.max(demo, k - 200));
                        case HOSTILE_UNICODE -> Hostile.hostileUnicode(hostiles);
                    };
                    // a fork and a replay follow their own lot's key, as a producer using RecordKeys would send them: behind
                    // the genuine record on its partition, so their outcome is FORK and DUPLICATE, never a race
                    String on = kind == Hostile.Kind.FORK || kind == Hostile.Kind.REPLAY ? RecordKeys.keyOf(bad).orElseThrow() : key;
                    send(producer, tally, on, bad, kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                    hostiles++;
                }
                if (k % (rate * 30) == 0 && k > 0) {
                    System.out.printf("  %s: %d published, %d without a final receipt yet%n", java.time.LocalTime.now(), tally.published(),
                            tally.open());
                }
            }
            producer.flush();
            long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(number("drain", 300));
            while (tally.open() > 0 && System.nanoTime() < drainUntil) {
                TimeUnit.SECONDS.sleep(1);
            }
            // a duplicate final receipt may come after the last expected one; give it a moment to show
            TimeUnit.SECONDS.sleep(5);
            System.out.printf("ended %s after %.0f s, load %s%n", java.time.LocalTime.now(), (System.nanoTime() - t0) / 1e9,
                    Files.readString(Path.of("/proc/loadavg")).strip());
            if (!watch.groupSeen()) {
                System.out.println("WARNING: consumer group " + args.getOrDefault("group", "trazo-records") + " never committed an offset;"
                        + " the stall figures below are meaningless (pass group=…)");
            }
            System.out.print(tally.report(watch.longestSpells(), stall));
        }
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, SoakTally tally, String key, byte[] wire, String kind) {
        String hash = hashOf(wire);
        long at = System.nanoTime();
        producer.send(new ProducerRecord<>(RECORDS, key.getBytes(StandardCharsets.UTF_8), wire), (meta, failure) -> {
            if (failure != null) {
                System.err.printf("publishing a %s message failed: %s%n", kind, failure);
            } else {
                tally.sent(RECORDS + "/" + meta.partition() + "/" + meta.offset(), kind, hash, at);
            }
        });
    }

    private static String hashOf(byte[] wire) {
        try {
            return RecordCodec.parse(wire).hash().hex();
        } catch (RuntimeException e) { // not a readable record: hostile bytes have no hash
            return null;
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }
}

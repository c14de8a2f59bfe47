package io.trazo.ingest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trazo.append.RecordKeys;
import io.trazo.mongo.MongoLedgerStore;
import io.trazo.ingest.testing.IngestProcess;
import io.trazo.ingest.testing.IngestRig;
import io.trazo.ingest.testing.Journeys;
import io.trazo.mongo.MongoTarget;
import io.trazo.ingest.testing.Receipts;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.append.LedgerInvariants;
import io.trazo.ledger.store.StoredRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 3, fault injection: the ingest service runs in its own JVM and is killed with SIGKILL at
 * seeded random points while a stream of journeys (merges and splits across partitions, and some
 * republished duplicates) flows in; each time it is restarted. The broker and the Mongo-wire server
 * live in this JVM and survive every kill. Afterwards the ledger holds every record exactly once with
 * gap-free, fork-free lots, and every published message has exactly one final receipt for a
 * read_committed reader, whose position agrees with the store.
 *
 * <p>Tunable with {@code -Dtrazo.fault.seed}, {@code .kills}, {@code .journeys}; the defaults keep the
 * test under about two minutes on two cores.
 */
class KillNineTest {

    private static final long SEED = Long.getLong("trazo.fault.seed", 20261006L);
    private static final int KILLS = Integer.getInteger("trazo.fault.kills", 4);
    private static final int JOURNEYS = Integer.getInteger("trazo.fault.journeys", 40);

    private final IngestRig rig = new IngestRig();
    private IngestProcess running;

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
        rig.close();
    }

    @Test
    void recordsSurviveRepeatedKillNineWithExactlyOneFinalReceiptEach() {
        Random random = new Random(SEED);
        List<byte[]> records = Journeys.withDemo(JOURNEYS);
        List<List<byte[]>> chunks = chunks(records, KILLS + 1);
        Map<String, byte[]> published = new HashMap<>();
        int kills = 0;
        for (int run = 0; run <= KILLS; run++) {
            running = IngestProcess.start(properties(), Path.of("target", "fault-injection", rig.id + "-run-" + run + ".log"));
            List<byte[]> stream = new ArrayList<>(chunks.get(run));
            if (run > 0) {
                for (int d = 0; d < 3; d++) {
                    stream.add(random.nextInt(stream.size()), records.get(random.nextInt(records.size() / (KILLS + 1) * run)));
                }
            }
            int before = finals();
            stream.forEach(r -> published.put(rig.publish(RecordKeys.keyOf(r).orElse(null), r), r));
            if (run == KILLS) {
                break;
            }
            // somewhere inside this run's share of the stream, so the kill lands while records are in flight
            int target = before + 1 + random.nextInt(stream.size());
            IngestProcess child = running;
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20))
                    .failFast("the ingest JVM died by itself; see " + child.log(), () -> !child.alive())
                    .until(() -> finals() >= target);
            await().pollDelay(Duration.ofMillis(random.nextInt(400))).until(() -> true);
            int seen = finals();
            running.kill9();
            kills++;
            System.out.printf("kill -9 #%d (pid %d) after %d of %d final receipts%n", kills, child.pid(), seen, published.size());
        }
        IngestProcess last = running;
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .failFast("the ingest JVM died by itself; see " + last.log(), () -> !last.alive())
                .until(() -> Receipts.finalBySource(rig.receipts()).keySet().containsAll(published.keySet()));
        System.out.printf("kill -9 fault injection: seed %d, %d kills, %d distinct records, %d messages published%n", SEED, kills,
                records.size(), published.size());

        Map<String, List<JsonNode>> finals = Receipts.finalBySource(rig.receipts());
        assertThat(finals.keySet()).containsExactlyInAnyOrderElementsOf(published.keySet());
        finals.forEach((source, receipts) -> assertThat(receipts).as("final receipts of %s", source).hasSize(1));

        MongoLedgerStore store = new MongoLedgerStore(MongoTarget.shared().client().getDatabase(rig.database));
        Map<Digest, StoredRecord> accepted = LedgerInvariants.check(store, records);
        assertThat(accepted).as("every record is in the ledger").hasSize(records.size());
        assertThat(store.pending(10)).as("no record is left pending").isEmpty();

        Map<String, List<JsonNode>> byRecord = finals.values().stream().map(rs -> rs.get(0))
                .collect(Collectors.groupingBy(r -> r.get("record").asString()));
        byRecord.forEach((hash, receipts) -> {
            long position = accepted.get(Digest.fromHex(hash)).position().orElseThrow();
            assertThat(receipts).as("receipts of %s", hash).allSatisfy(r -> {
                assertThat(r.get("outcome").asString()).isIn("ACCEPTED", "DUPLICATE");
                assertThat(r.get("position").asLong()).isEqualTo(position);
            });
            // exactly once, also when the process died between the append and the outcome memo (ingest_acceptances)
            assertThat(receipts.stream().filter(r -> r.get("outcome").asString().equals("ACCEPTED"))).as("ACCEPTED once: %s", hash)
                    .hasSize(1);
        });
        assertThat(byRecord.keySet()).containsExactlyInAnyOrderElementsOf(records.stream().map(r -> RecordCodec.parse(r).hash().hex()).toList());
    }

    private int finals() {
        return Receipts.finalBySource(rig.receipts()).size();
    }

    private Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>(rig.properties());
        // a dead member holds its partitions until its session expires, and its open transaction holds the
        // read_committed end of the receipts topic until it times out: keep both short so restarts resume quickly
        p.put("spring.kafka.consumer.properties.session.timeout.ms", "6000");
        p.put("spring.kafka.consumer.properties.heartbeat.interval.ms", "1000");
        p.put("spring.kafka.producer.properties.transaction.timeout.ms", "10000");
        // a merge waits for its other lot's partition, which a restart can hold up: retry long enough never to give up on it
        p.put("trazo.retry.attempts", "20");
        p.put("trazo.retry.first-delay", "500ms");
        p.put("logging.level.io.trazo", "WARN");
        return p;
    }

    private static List<List<byte[]>> chunks(List<byte[]> records, int n) {
        List<List<byte[]>> out = new ArrayList<>();
        int size = (records.size() + n - 1) / n;
        for (int i = 0; i < n; i++) {
            out.add(records.subList(Math.min(records.size(), i * size), Math.min(records.size(), (i + 1) * size)));
        }
        return out;
    }
}

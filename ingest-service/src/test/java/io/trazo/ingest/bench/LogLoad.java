package io.trazo.ingest.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.trazo.mongo.log.MongoCheckpointHistory;
import io.trazo.mongo.log.MongoLeaderLease;
import io.trazo.mongo.log.MongoLeafIndex;
import io.trazo.mongo.log.MongoLogStateStore;
import io.trazo.mongo.log.MongoTileStore;
import io.trazo.mongo.BulkLoad;
import io.trazo.mongo.MongoLedgerStore;
import io.trazo.ingest.testing.Journeys;
import io.trazo.ledger.crypto.Digest;
import io.trazo.append.log.Integration;
import io.trazo.append.log.Lease;
import io.trazo.append.log.LogFixture;
import io.trazo.ledger.log.LogLeaf;
import io.trazo.ledger.log.LogProofs;
import io.trazo.append.log.LogSigner;
import io.trazo.append.log.LogState;
import io.trazo.append.log.LogStores;
import io.trazo.ledger.log.RecordInclusion;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.ledger.merkle.ConsistencyProof;
import io.trazo.ledger.merkle.MerkleProofs;
import io.trazo.ledger.merkle.ProofVerifier;
import io.trazo.ledger.merkle.TreeHead;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The transparency-log load (docs/benchmarks.md §Transparency log; not a test). Against a running
 * Mongo-wire server it:
 * <ol>
 *   <li>signs {@code leaves} distinct records ({@link Journeys}, cached under {@code cache} by {@link SignedRecordCache}) and
 *       bulk-loads them as ACCEPTED in the schema of docs/operations.md ({@link BulkLoad}), leaving one
 *       drawn-but-unaccepted position every {@code gap-every} records for the sequencer to seal;
 *   <li>runs the real {@link Sequencer} over {@link MongoLedgerStore} with the Mongo log adapters, as
 *       {@code SequencerRunner} wires it, until it is idle, and reports leaves/s into the tree (a
 *       {@code warm-up} run on a separate database first, then dropped);
 *   <li>checks the result: the tree holds every record in position order (sampled) and inclusion
 *       proofs verify against the committed root;
 *   <li>times inclusion and consistency proofs served from the Mongo tiles and leaf index.
 * </ol>
 * Arguments are {@code name=value}: uri (mongodb://127.0.0.1:27317), leaves (1000000), warm-up
 * (100000), batch (4096), gap-every (10000), proofs (2000), cache (target/bench), generate-only (false), read-sweep (0: positions to
 * read at each window size before integrating, to see what a window costs), standin-pid (to report the
 * stand-in's CPU time).
 */
public final class LogLoad {

    private static final int CHUNK = 5_000;

    private final Map<String, String> args;
    private final MongoClient client;

    private LogLoad(Map<String, String> args) {
        this.args = args;
        this.client = MongoClients.create(args.getOrDefault("uri", "mongodb://127.0.0.1:27317"));
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (String a : argv) {
            args.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        new LogLoad(args).run();
        System.exit(0);
    }

    private int arg(String name, int fallback) {
        return Integer.parseInt(args.getOrDefault(name, String.valueOf(fallback)));
    }

    private void run() throws Exception {
        int leaves = arg("leaves", 1_000_000);
        int warmUp = arg("warm-up", 100_000);
        Path cache = SignedRecordCache.file(Path.of(args.getOrDefault("cache", "target/bench")), Math.max(leaves, warmUp));
        if (Boolean.parseBoolean(args.getOrDefault("generate-only", "false"))) {
            return;
        }
        System.out.printf("leaves=%d warm-up=%d batch=%d gap-every=%d cores=%d java=%s%n", leaves, warmUp, arg("batch", 4096),
                arg("gap-every", 10_000), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        if (warmUp > 0) {
            MongoDatabase db = client.getDatabase("logload-warm-" + System.currentTimeMillis());
            Digest[] order = load(db, cache, warmUp);
            integrate(db, order, "warm-up");
            db.drop();
        }
        MongoDatabase db = client.getDatabase("logload-" + System.currentTimeMillis());
        Digest[] order = load(db, cache, leaves);
        if (arg("read-sweep", 0) > 0) {
            readSweep(db, arg("read-sweep", 0));
        }
        LogStores stores = integrate(db, order, "measured");
        proofs(db, stores, order);
        signing();
        db.drop();
    }

    /**
     * Loads the first {@code count} cached records as accepted, one gap every {@code gap-every}, and
     * draws the positions; returns the record hashes in position order, which is the expected leaf order.
     */
    private Digest[] load(MongoDatabase db, Path cache, int count) throws Exception {
        new MongoLedgerStore(db).ensureIndexes();
        int gapEvery = arg("gap-every", 10_000);
        Digest[] order = new Digest[count];
        long position = 0;
        long bytes = 0;
        long start = System.nanoTime();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache), 1 << 20))) {
            int loaded = 0;
            while (loaded < count) {
                List<byte[]> wires = new ArrayList<>(CHUNK);
                for (int i = 0; i < CHUNK && loaded + i < count; i++) {
                    byte[] wire = new byte[in.readInt()];
                    in.readFully(wire);
                    wires.add(wire);
                    bytes += wire.length;
                }
                List<SignedRecord> parsed = wires.parallelStream().map(RecordCodec::parse).toList();
                List<StoredRecord> accepted = new ArrayList<>(parsed.size());
                for (SignedRecord r : parsed) {
                    if (loaded > 0 && loaded % gapEvery == 0) {
                        position++;
                    }
                    position++;
                    order[loaded++] = r.hash();
                    accepted.add(new StoredRecord(r.hash(), r.wireBytes(), r.type(), r.actor(), r.time(), Map.of(), RecordState.ACCEPTED,
                            OptionalLong.of(position), Optional.empty()));
                }
                BulkLoad.accepted(db, accepted);
            }
        } catch (EOFException e) {
            throw new IllegalStateException("the cache " + cache + " holds fewer than " + count + " records", e);
        }
        BulkLoad.drawn(db, position);
        System.out.printf("loaded %d accepted records (avg %d bytes) at positions 1..%d (%d gaps) in %.1f s%n", count, bytes / count,
                position, position - count, (System.nanoTime() - start) / 1e9);
        return order;
    }

    /** Ledger reads alone, by window size, over the first {@code positions} positions: what a window costs on this server. */
    private static void readSweep(MongoDatabase db, int positions) {
        MongoLedgerStore ledger = new MongoLedgerStore(db);
        for (int window : new int[] {1024, 64, 128, 256, 512, 1024}) {
            long start = System.nanoTime();
            long found = 0;
            for (long from = 1; from <= positions; from += window) {
                found += ledger.acceptedRange(from, (int) Math.min(window, positions - from + 1)).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("ledger reads, window %4d: %d records in %.2f s = %.0f records/s (%.2f ms per read)%n", window, found,
                    seconds, found / seconds, seconds * 1e3 / ((positions + window - 1) / window));
        }
    }

    private LogStores integrate(MongoDatabase db, Digest[] order, String label) throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MongoLedgerStore ledger = new MongoLedgerStore(db, meters);
        LogStores stores = new LogStores(new MongoTileStore(db), new MongoLogStateStore(db), new MongoCheckpointHistory(db),
                new MongoLeafIndex(db));
        LogSigner signer = LogFixture.signer();
        Sequencer sequencer = new Sequencer(ledger, stores, signer, new SequencerPolicy(arg("batch", 4096), Duration.ZERO),
                Clock.systemUTC());
        Lease lease = new MongoLeaderLease(db, Clock.systemUTC()).acquire("logload", Duration.ofHours(1)).orElseThrow();
        int batches = 0;
        long integrated = 0;
        double[] cpuBefore = {cpuSeconds(ProcessHandle.current().pid()), cpuSeconds(standIn())};
        long start = System.nanoTime();
        Integration step;
        while ((step = sequencer.integrate(lease.token())) instanceof Integration.Committed committed) {
            batches++;
            integrated += committed.leaves();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double harnessCpu = cpuSeconds(ProcessHandle.current().pid()) - cpuBefore[0];
        double standInCpu = cpuSeconds(standIn()) - cpuBefore[1];
        LogState state = stores.state().load().orElseThrow();
        if (!(step instanceof Integration.Idle) || state.treeSize() != order.length || integrated != order.length) {
            throw new IllegalStateException("expected " + order.length + " leaves and an idle sequencer, got " + step + " at " + state);
        }
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            int leaf = i == 0 ? order.length - 1 : random.nextInt(order.length);
            if (!stores.leaves().recordAt(leaf).equals(Optional.of(order[leaf]))) {
                throw new IllegalStateException("leaf " + leaf + " is not the record at its position");
            }
        }
        Timer reads = meters.timer("trazo.ingest.store", "op", "acceptedRange");
        Timer seals = meters.timer("trazo.ingest.store", "op", "sealPosition");
        System.out.printf("integration %s: %d leaves in %.2f s = %.0f leaves/s (%d commits; ledger reads %d in %.2f s, "
                + "seals %d in %.2f s; %d checkpoints)%n", label, order.length, seconds, order.length / seconds, batches,
                reads.count(), reads.totalTime(TimeUnit.NANOSECONDS) / 1e9, seals.count(), seals.totalTime(TimeUnit.NANOSECONDS) / 1e9,
                stores.history().since(0, Integer.MAX_VALUE).size());
        System.out.printf("cpu during integration %s: sequencer JVM %.1f s (%.1f µs/leaf), stand-in %s%n", label, harnessCpu,
                1e6 * harnessCpu / order.length, standIn() < 0 ? "not measured (no standin-pid)"
                        : String.format("%.1f s (%.1f µs/leaf)", standInCpu, 1e6 * standInCpu / order.length));
        return stores;
    }

    private long standIn() {
        return Long.parseLong(args.getOrDefault("standin-pid", "-1"));
    }

    /** User plus system CPU seconds of a process so far ({@code /proc/PID/stat}); 0 for an unknown process. */
    private static double cpuSeconds(long pid) throws IOException {
        if (pid < 0) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    private void proofs(MongoDatabase db, LogStores stores, Digest[] order) throws Exception {
        MongoLedgerStore ledger = new MongoLedgerStore(db);
        LogProofs proofs = new LogProofs(stores.tiles(), stores.leaves(), stores.history());
        MerkleProofs tiles = new MerkleProofs(stores.tiles());
        LogState state = stores.state().load().orElseThrow();
        long size = state.treeSize();
        int n = arg("proofs", 2000);
        long[] inclusion = new long[n];
        long[] consistency = new long[n];
        Random random = new Random(1);
        for (int i = 0; i < n; i++) {
            Digest record = order[random.nextInt(order.length)];
            long s = System.nanoTime();
            RecordInclusion proof = proofs.inclusion(record, size);
            inclusion[i] = System.nanoTime() - s;
            byte[] wire = ledger.record(record).orElseThrow().wire();
            ProofVerifier.verifyInclusion(LogLeaf.hash(wire), proof.proof(), state.root());
            long size1 = 1 + random.nextInt((int) size - 1);
            s = System.nanoTime();
            ConsistencyProof c = proofs.consistency(size1, size);
            consistency[i] = System.nanoTime() - s;
            if (i < 100) {
                ProofVerifier.verifyConsistency(c, tiles.rootAt(size1), state.root());
            }
        }
        report("inclusion proof by record hash (leaf index + tiles from Mongo)", inclusion);
        report("consistency proof (tiles from Mongo)", consistency);
    }

    private static void report(String what, long[] nanos) {
        long[] half = Arrays.copyOfRange(nanos, nanos.length / 2, nanos.length);
        Arrays.sort(half);
        System.out.printf("%s, %d samples after as many warm-up: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, half.length,
                half[half.length / 2] / 1e6, half[(int) (half.length * 0.99)] / 1e6, half[half.length - 1] / 1e6);
    }

    private static void signing() {
        LogSigner signer = LogFixture.signer();
        int n = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < 3_000_000_000L) {
            signer.sign(new TreeHead(1_000_000 + n, io.trazo.ledger.merkle.TreeHasher.leafHash(new byte[] {1})));
            n++;
        }
        System.out.printf("checkpoint signing (Ed25519 signed note): %.0f checkpoints/s%n", n / ((System.nanoTime() - start) / 1e9));
    }
}

package io.trazo.ingest.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.trazo.append.log.Integration;
import io.trazo.append.log.Lease;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogState;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.append.log.StatusMapRoots;
import io.trazo.ledger.bench.StatusMapWorkload;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.mongo.BulkLoad;
import io.trazo.mongo.MongoLedgerStore;
import io.trazo.mongo.log.MongoCheckpointHistory;
import io.trazo.mongo.log.MongoLeaderLease;
import io.trazo.mongo.log.MongoLeafIndex;
import io.trazo.mongo.log.MongoLogStateStore;
import io.trazo.mongo.log.MongoTileStore;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;

/**
 * The store behind {@code deploy/local/bench-replay} (docs/benchmarks.md §Replay; not a test): a log of
 * {@code records} registry records for {@code trazo monitor --replay} to read back through query-service.
 * Against a running Mongo-wire server it:
 * <ol>
 *   <li>signs the registry of a large grower population as {@link StatusMapWorkload} does ({@value
 *       StatusMapWorkload#ACTORS} cooperatives' actor records, then growers' key records, then the
 *       revocation of one grower's key in {@code revoke-every}), in parallel, cached under {@code cache};
 *   <li>bulk-loads them as ACCEPTED at positions 1..records ({@link BulkLoad}, as {@code LogLoad} does);
 *   <li>runs the real {@link Sequencer} with the real status map ({@link StatusMapRoots}) over the Mongo
 *       adapters until it is idle, so the log holds a map-root leaf after every batch, as ingest's does.
 * </ol>
 * It leaves the database in place and writes the log's verifier key to {@code key-out}, for query and the
 * CLI. To price the map (issue 19: "a map update per registry record under 1 ms on the stand-in") it also
 * sequences the same records into a fresh database {@code <database>-nomap} with a sequencer without a map,
 * and prints both times per record and their difference; {@code without-map} says when: {@code first}
 * (default; that database is dropped before the map run, so the stand-in holds one store at a time, and the
 * map run has the warmer JIT), {@code last} (the map run pays the warm-up instead) or {@code skip}.
 * Arguments are {@code name=value}: uri, database (replay), records (1000000), revoke-every (1000),
 * batch (4096, ingest's {@code trazo.log.max-batch}), cache (target/bench), key-out, without-map (first).
 */
public final class ReplayLoad {

    private static final int CHUNK = 10_000;

    private final Map<String, String> args;

    private ReplayLoad(Map<String, String> args) {
        this.args = args;
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (String a : argv) {
            args.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        new ReplayLoad(args).run();
        System.exit(0);
    }

    private int arg(String name, int fallback) {
        return Integer.parseInt(args.getOrDefault(name, String.valueOf(fallback)));
    }

    private void run() throws Exception {
        int records = arg("records", 1_000_000);
        int revokeEvery = arg("revoke-every", 1_000);
        int revocations = records / revokeEvery;
        int keys = records - StatusMapWorkload.ACTORS - revocations;
        if (keys < revocations) {
            throw new IllegalArgumentException("records=" + records + " leaves too few keys after " + StatusMapWorkload.ACTORS
                    + " actors and " + revocations + " revocations");
        }
        Path cache = cache(Path.of(args.getOrDefault("cache", "target/bench")), keys, revokeEvery, revocations);
        String withoutMap = args.getOrDefault("without-map", "first");
        if (!List.of("first", "last", "skip").contains(withoutMap)) {
            throw new IllegalArgumentException("without-map is first, last or skip, got " + withoutMap);
        }
        try (MongoClient client = MongoClients.create(args.getOrDefault("uri", "mongodb://127.0.0.1:27417"))) {
            String name = args.getOrDefault("database", "replay");
            double bare = withoutMap.equals("first") ? sequenceWithoutMap(client.getDatabase(name + "-nomap"), cache, records) : 0;
            MongoDatabase db = client.getDatabase(name);
            db.drop();
            load(db, cache, records);
            double mapped = sequence(db, records, true);
            bare = withoutMap.equals("last") ? sequenceWithoutMap(client.getDatabase(name + "-nomap"), cache, records) : bare;
            if (!withoutMap.equals("skip")) {
                // every record here is a registry record, so the difference is the map's cost per registry record
                System.out.printf("map update per registry record (with the map minus without): %.1f µs (issue 19 target < 1,000)%n",
                        (mapped - bare) / records * 1e6);
            }
        }
        String key = LogFixture.signer().verifierKey().encode();
        if (args.containsKey("key-out")) {
            Files.writeString(Path.of(args.get("key-out")), key + "\n");
        }
        System.out.printf("registry: %d actors, %d keys, %d revocations (one grower in %d)%n", StatusMapWorkload.ACTORS, keys,
                revocations, revokeEvery);
    }

    /** The signed registry in log order, length-prefixed wires; signed once per shape and kept, as bench-log keeps its records. */
    private static Path cache(Path dir, int keys, int revokeEvery, int revocations) throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve("registry-" + keys + "-keys-" + revocations + "-revocations-every-" + revokeEvery + ".bin");
        if (Files.exists(file)) {
            return file;
        }
        int total = StatusMapWorkload.ACTORS + keys + revocations;
        long start = System.nanoTime();
        Path tmp = Files.createTempFile(dir, "registry", ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20))) {
            for (int from = 0; from < total; from += CHUNK) {
                // signing dominates: each chunk is signed on every core, then written in order
                List<byte[]> wires = IntStream.range(from, Math.min(total, from + CHUNK)).parallel()
                        .mapToObj(n -> registryRecord(n, keys, revokeEvery).wireBytes()).toList();
                for (byte[] wire : wires) {
                    out.writeInt(wire.length);
                    out.write(wire);
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("signed %d registry records in %.1f s (cached in %s)%n", total, (System.nanoTime() - start) / 1e9, file);
        return file;
    }

    /** Record {@code n} of the log: actors first, then keys, then revocations of every {@code revokeEvery}-th grower. */
    private static SignedRecord registryRecord(int n, int keys, int revokeEvery) {
        if (n < StatusMapWorkload.ACTORS) {
            return StatusMapWorkload.actorRecord(n);
        }
        int k = n - StatusMapWorkload.ACTORS;
        return k < keys ? StatusMapWorkload.keyRecord(k) : StatusMapWorkload.revocationRecord((k - keys) * revokeEvery);
    }

    private static void load(MongoDatabase db, Path cache, int count) throws Exception {
        new MongoLedgerStore(db).ensureIndexes();
        long start = System.nanoTime();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache), 1 << 20))) {
            long position = 0;
            while (position < count) {
                List<byte[]> wires = new ArrayList<>(CHUNK);
                for (int i = 0; i < CHUNK && position + i < count; i++) {
                    byte[] wire = new byte[in.readInt()];
                    in.readFully(wire);
                    wires.add(wire);
                }
                List<SignedRecord> parsed = wires.parallelStream().map(RecordCodec::parse).toList();
                List<StoredRecord> accepted = new ArrayList<>(parsed.size());
                for (SignedRecord r : parsed) {
                    accepted.add(new StoredRecord(r.hash(), r.wireBytes(), r.type(), r.actor(), r.time(), Map.of(), RecordState.ACCEPTED,
                            OptionalLong.of(++position), Optional.empty()));
                }
                BulkLoad.accepted(db, accepted);
            }
            BulkLoad.drawn(db, position);
        }
        System.out.printf("loaded %d accepted registry records in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    /**
     * The same records sequenced into a fresh database by a sequencer without a map, then dropped (the
     * stand-in keeps everything in memory): the baseline the map's cost is read against.
     */
    private double sequenceWithoutMap(MongoDatabase db, Path cache, int records) throws Exception {
        db.drop();
        load(db, cache, records);
        double seconds = sequence(db, records, false);
        db.drop();
        return seconds;
    }

    /** Sequences the loaded records until the log is idle; the wall time of that, in seconds. */
    private double sequence(MongoDatabase db, int records, boolean withMap) throws Exception {
        LogStores stores = new LogStores(new MongoTileStore(db), new MongoLogStateStore(db), new MongoCheckpointHistory(db),
                new MongoLeafIndex(db));
        SequencerPolicy policy = new SequencerPolicy(arg("batch", 4096), Duration.ZERO);
        Sequencer sequencer = withMap
                ? new Sequencer(new MongoLedgerStore(db), stores, LogFixture.signer(), policy, Clock.systemUTC(), StatusMapRoots.empty())
                : new Sequencer(new MongoLedgerStore(db), stores, LogFixture.signer(), policy, Clock.systemUTC());
        Lease lease = new MongoLeaderLease(db, Clock.systemUTC()).acquire("replayload", Duration.ofHours(1)).orElseThrow();
        long start = System.nanoTime();
        long leaves = 0;
        int batches = 0;
        Integration step;
        while ((step = sequencer.integrate(lease.token())) instanceof Integration.Committed committed) {
            leaves += committed.leaves();
            batches++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        LogState state = stores.state().load().orElseThrow();
        // with the map every batch ends in its map-root leaf (protocol §20.7): records plus one leaf per batch
        long expected = withMap ? records + batches : records;
        if (!(step instanceof Integration.Idle) || state.treeSize() != expected) {
            throw new IllegalStateException("expected " + expected + " leaves (" + records + " records, " + batches + " batches"
                    + (withMap ? ", a map-root leaf each" : "") + ") in an idle log, got " + step + " at " + state);
        }
        System.out.printf("sequenced %d records %s into %d leaves (%d map-root leaves) in %.1f s: %.1f µs per record%n", records,
                withMap ? "with the map" : "without a map", state.treeSize(), withMap ? batches : 0, seconds, seconds / records * 1e6);
        return seconds;
    }
}

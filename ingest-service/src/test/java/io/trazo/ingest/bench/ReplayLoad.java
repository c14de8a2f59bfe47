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
 * CLI. Arguments are {@code name=value}: uri, database (replay), records (1000000), revoke-every (1000),
 * batch (4096, ingest's {@code trazo.log.max-batch}), cache (target/bench), key-out.
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
        try (MongoClient client = MongoClients.create(args.getOrDefault("uri", "mongodb://127.0.0.1:27417"))) {
            MongoDatabase db = client.getDatabase(args.getOrDefault("database", "replay"));
            db.drop();
            load(db, cache, records);
            sequence(db, records);
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

    private void sequence(MongoDatabase db, int records) throws Exception {
        LogStores stores = new LogStores(new MongoTileStore(db), new MongoLogStateStore(db), new MongoCheckpointHistory(db),
                new MongoLeafIndex(db));
        Sequencer sequencer = new Sequencer(new MongoLedgerStore(db), stores, LogFixture.signer(),
                new SequencerPolicy(arg("batch", 4096), Duration.ZERO), Clock.systemUTC(), StatusMapRoots.empty());
        Lease lease = new MongoLeaderLease(db, Clock.systemUTC()).acquire("replayload", Duration.ofHours(1)).orElseThrow();
        long start = System.nanoTime();
        long leaves = 0;
        int batches = 0;
        Integration step;
        while ((step = sequencer.integrate(lease.token())) instanceof Integration.Committed committed) {
            leaves += committed.leaves();
            batches++;
        }
        LogState state = stores.state().load().orElseThrow();
        // every batch ends in its map-root leaf (protocol §20.7): records plus one leaf per batch
        if (!(step instanceof Integration.Idle) || state.treeSize() != records + batches) {
            throw new IllegalStateException("expected " + records + " records and " + batches + " map-root leaves in an idle log, got "
                    + step + " at " + state);
        }
        System.out.printf("sequenced %d records into %d leaves (%d map-root leaves) in %.1f s%n", records, state.treeSize(), batches,
                (System.nanoTime() - start) / 1e9);
    }
}

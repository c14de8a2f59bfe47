package io.trazo.ledger.bench;

import io.trazo.demo.DemoParties;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.statusmap.MapKey;
import io.trazo.ledger.statusmap.StatusMap;
import io.trazo.ledger.statusmap.SubjectKind;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Builds the status map of a large registry the way a replayer does, from governance-signed records:
 * {@value #ACTORS} cooperatives and {@code keys} growers' keys spread over them (Colombia has about
 * 540,000 coffee-growing families; the issue asks for 1,000,000 keys). Key seeds are derived from the
 * key's number, so every run builds the same map.
 *
 * <p>The records are made (key derived, record signed and parsed) in parallel, a chunk at a time so a
 * million parsed records are never held at once, and folded by {@link StatusMap#replay}, which builds the
 * tree once from the sorted entries; {@code StatusMapReplayTest} in ledger-core shows it gives the map that
 * {@code apply} on each record gives. {@link #cached} keeps the last map per JVM and the signed records on
 * disk ({@link KeyRecordFile}), so the forks after the first only parse them.
 *
 * <p>{@code main [keys]} builds one map (default 10,000 keys) and prints the build time, the root, and
 * the proof sizes; {@link StatusMapBenchmarks} uses the same records.
 */
public final class StatusMapWorkload {

    public static final int ACTORS = 1_000;
    private static final SigningKey GOVERNANCE = new DemoParties().governance();
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static final int CHUNK = 1 << 16;
    private static int cachedKeys = -1;
    private static StatusMap cachedMap;

    private StatusMapWorkload() {}

    public static String actor(int i) {
        return "urn:trazo:actor:coop-" + (i % ACTORS);
    }

    public static SignedRecord actorRecord(int i) {
        return RecordCodec.parse(RecordBuilder.governance(RecordType.ACTOR).time(T0.plusSeconds(i))
                .body(Json.obj("id", actor(i), "name", "Cooperative " + i, "roles", Json.arr("farm", "cooperative"))).sign(GOVERNANCE));
    }

    public static SigningKey growerKey(int i) {
        return SigningKey.fromSeed(ByteBuffer.allocate(32).putInt(0x5eed).putInt(i).array());
    }

    /** The key record of grower {@code i}, one second after the previous one. */
    public static SignedRecord keyRecord(int i) {
        return RecordCodec.parse(keyWire(i));
    }

    /** The signed bytes of {@link #keyRecord}. */
    static byte[] keyWire(int i) {
        SigningKey key = growerKey(i);
        String validFrom = RecordBuilder.formatTime(T0);
        return RecordBuilder.governance(RecordType.KEY).time(T0.plusSeconds(ACTORS + (long) i))
                .body(Json.obj("keyId", key.keyId().value(), "actor", actor(i), "publicKey", key.publicKey().base64Url(),
                        "validFrom", validFrom))
                .sign(GOVERNANCE);
    }

    /** The revocation of grower {@code i}'s key. */
    public static SignedRecord revocationRecord(int i) {
        return RecordCodec.parse(RecordBuilder.governance(RecordType.REVOCATION).time(T0.plusSeconds(10_000_000L + i))
                .body(Json.obj("keyId", growerKey(i).keyId().value(), "revokedAt", RecordBuilder.formatTime(T0.plusSeconds(9_000_000L)),
                        "reason", "compromised"))
                .sign(GOVERNANCE));
    }

    public static MapKey keySubject(int i) {
        return MapKey.of(SubjectKind.KEY, growerKey(i).keyId().value());
    }

    /** The actor records, then the key records of growers {@code 0..keys-1}, made in parallel chunks on demand. */
    public static Iterable<SignedRecord> records(int keys) {
        return records(keys, CHUNK);
    }

    static Iterable<SignedRecord> records(int keys, int chunk) {
        return records(keys, chunk, StatusMapWorkload::makeWires);
    }

    /** Where a chunk's key-record wires come from: made, or read back from a {@link KeyRecordFile}. */
    interface Wires {
        List<byte[]> of(int from, int to);
    }

    private static List<byte[]> makeWires(int from, int to) {
        return IntStream.range(from, to).parallel().mapToObj(StatusMapWorkload::keyWire).toList();
    }

    static Iterable<SignedRecord> records(int keys, int chunk, Wires wires) {
        return () -> Stream.concat(IntStream.range(0, ACTORS).mapToObj(StatusMapWorkload::actorRecord),
                IntStream.range(0, (keys + chunk - 1) / chunk).boxed().flatMap(c -> wires.of(c * chunk, Math.min(keys, (c + 1) * chunk))
                        .parallelStream().map(RecordCodec::parse).toList().stream())).iterator();
    }

    /** The map after the actor records and the key records of growers {@code 0..keys-1}, in that order. */
    public static StatusMap build(int keys) {
        return StatusMap.replay(records(keys));
    }

    /** {@link #build}, once per JVM and size, from the records of {@code target/status-map-bench/} if an earlier fork left them. */
    public static synchronized StatusMap cached(int keys) throws IOException {
        if (cachedKeys != keys) {
            cachedMap = null;
            cachedMap = shared(keys, Path.of("target", "status-map-bench", "keys-" + keys + ".records"));
            cachedKeys = keys;
        }
        return cachedMap;
    }

    /** {@link #build} with the key records read from {@code file}, or made and written to it. */
    static StatusMap shared(int keys, Path file) throws IOException {
        if (KeyRecordFile.holds(file, keys, keyWire(0))) {
            try (DataInputStream in = KeyRecordFile.open(file)) {
                in.readInt();
                return StatusMap.replay(records(keys, CHUNK, (from, to) -> KeyRecordFile.read(in, to - from)));
            }
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        StatusMap map;
        try (DataOutputStream out = KeyRecordFile.create(partial, keys)) {
            map = StatusMap.replay(records(keys, CHUNK, (from, to) -> KeyRecordFile.write(out, makeWires(from, to))));
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return map;
    }

    /** Encoded proof sizes in base64 characters over {@code sample} growers: {min, median, max}. */
    public static int[] proofSizes(StatusMap map, int keys, int sample) {
        int[] sizes = new int[sample];
        for (int s = 0; s < sample; s++) {
            int i = (int) ((long) s * keys / sample);
            sizes[s] = Base64.getEncoder().encodeToString(map.prove(keySubject(i)).encode()).length();
        }
        java.util.Arrays.sort(sizes);
        return new int[] {sizes[0], sizes[sample / 2], sizes[sample - 1]};
    }

    public static void main(String[] args) {
        int keys = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long start = System.nanoTime();
        StatusMap map = build(keys);
        long built = System.nanoTime();
        int[] sizes = proofSizes(map, keys, Math.min(keys, 1_000));
        System.out.printf("%,d keys + %,d actors: %,d entries built in %.1f s (records signed, parsed and applied)%n", keys, ACTORS,
                map.entries(), (built - start) / 1e9);
        System.out.printf("root %s%nproof base64 chars: min %d, median %d, max %d%n",
                io.trazo.ledger.crypto.Hex.encode(map.root()), sizes[0], sizes[1], sizes[2]);
    }
}

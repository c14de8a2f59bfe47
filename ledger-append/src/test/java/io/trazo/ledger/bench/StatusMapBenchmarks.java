package io.trazo.ledger.bench;

import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.statusmap.MapHashing;
import io.trazo.ledger.statusmap.MapKey;
import io.trazo.ledger.statusmap.StatusMap;
import io.trazo.ledger.statusmap.StatusProof;
import io.trazo.ledger.statusmap.StatusProofException;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Status-map costs (issue 19's targets: a proof of at most 1 KB, verified in under 1 ms; a map update per
 * registry record under 1 ms) on a map of {@code keys} growers' keys, 1,000,000 by default. The map is
 * built once per JVM by {@link StatusMapWorkload#cached} from signed records, made in parallel and folded
 * by the bulk replay; it needs the heap below. JMH gives each benchmark its own fork, so the first fork
 * writes the signed records to {@code target/status-map-bench/} and the later ones parse them instead of
 * signing again; set-up prints the build time. The size distribution over every key is
 * {@link StatusMapProofSizes}; set-up prints a 1,024-key sample only as a check.
 *
 * <ul>
 *   <li>{@code verifyProof}: decode and verify one grower's presence proof with its value hash.
 *   <li>{@code applyKeyRecord}: fold one new key record (signed and parsed beforehand) into the 1,000,000-key
 *       map: the body read, an actor look-up for the roles (its value parsed), the value canonicalised and
 *       hashed, and one path copied and rehashed. Not included: the signature check at acceptance, and the
 *       sequencer's store writes (the leaf's {@code mapped} flag, the map-root leaf per batch).
 *   <li>{@code applyRevocation}: fold the revocation of an existing key.
 *   <li>{@code prove}: make one proof.
 * </ul>
 * Run (never on a shared machine): {@code java -cp <test classpath> org.openjdk.jmh.Main StatusMapBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class StatusMapBenchmarks {

    private static final int SAMPLE = 1024;

    @Param("1000000")
    public int keys;

    private StatusMap map;
    private final byte[][] proofs = new byte[SAMPLE][];
    private final byte[][] valueHashes = new byte[SAMPLE][];
    private final MapKey[] subjects = new MapKey[SAMPLE];
    private final SignedRecord[] newKeys = new SignedRecord[SAMPLE];
    private final SignedRecord[] revocations = new SignedRecord[SAMPLE];
    private byte[] root;
    private int next;

    @Setup(Level.Trial)
    public void build() throws IOException {
        long start = System.nanoTime();
        map = StatusMapWorkload.cached(keys);
        System.out.printf("%nmap of %,d keys ready in %.1f s%n", keys, (System.nanoTime() - start) / 1e9);
        root = map.root();
        for (int s = 0; s < SAMPLE; s++) {
            int i = (int) ((long) s * keys / SAMPLE);
            subjects[s] = StatusMapWorkload.keySubject(i);
            proofs[s] = map.prove(subjects[s]).encode();
            valueHashes[s] = MapHashing.valueHash(map.get(subjects[s]).orElseThrow());
            newKeys[s] = StatusMapWorkload.keyRecord(keys + s);
            revocations[s] = StatusMapWorkload.revocationRecord(i);
        }
        int[] sizes = StatusMapWorkload.proofSizes(map, keys, SAMPLE);
        System.out.printf("%,d entries; proof base64 chars over a sample of %d keys: min %d, median %d, max %d%n", map.entries(), SAMPLE,
                sizes[0], sizes[1], sizes[2]);
    }

    @Benchmark
    public StatusProof verifyProof() throws StatusProofException {
        int s = next++ & (SAMPLE - 1);
        StatusProof proof = StatusProof.decode(proofs[s]);
        proof.verify(subjects[s], Optional.of(valueHashes[s]), root);
        return proof;
    }

    @Benchmark
    public StatusMap applyKeyRecord() {
        return map.apply(newKeys[next++ & (SAMPLE - 1)]);
    }

    @Benchmark
    public StatusMap applyRevocation() {
        return map.apply(revocations[next++ & (SAMPLE - 1)]);
    }

    @Benchmark
    public StatusProof prove() {
        return map.prove(subjects[next++ & (SAMPLE - 1)]);
    }
}

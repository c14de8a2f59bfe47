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
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;

/**
 * Builds the status map of a large registry the way a replayer does, from governance-signed records:
 * {@value #ACTORS} cooperatives and {@code keys} growers' keys spread over them (Colombia has about
 * 540,000 coffee-growing families; the issue asks for 1,000,000 keys). Key seeds are derived from the
 * key's number, so every run builds the same map.
 *
 * <p>{@code main [keys]} builds one map (default 10,000 keys) and prints the build time, the root, and
 * the proof sizes; {@link StatusMapBenchmarks} uses the same records.
 */
public final class StatusMapWorkload {

    public static final int ACTORS = 1_000;
    private static final SigningKey GOVERNANCE = new DemoParties().governance();
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

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
        SigningKey key = growerKey(i);
        String validFrom = RecordBuilder.formatTime(T0);
        return RecordCodec.parse(RecordBuilder.governance(RecordType.KEY).time(T0.plusSeconds(ACTORS + (long) i))
                .body(Json.obj("keyId", key.keyId().value(), "actor", actor(i), "publicKey", key.publicKey().base64Url(),
                        "validFrom", validFrom))
                .sign(GOVERNANCE));
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

    /** The map after the actor records and the key records of growers {@code 0..keys-1}, in that order. */
    public static StatusMap build(int keys) {
        StatusMap map = StatusMap.empty();
        for (int i = 0; i < ACTORS; i++) {
            map = map.apply(actorRecord(i));
        }
        for (int i = 0; i < keys; i++) {
            map = map.apply(keyRecord(i));
        }
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

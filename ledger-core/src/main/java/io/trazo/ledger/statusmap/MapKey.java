package io.trazo.ledger.statusmap;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A 256-bit map key (docs/protocol.md §20.1): {@code SHA-256("trazo:map-key:v1" ‖ 0x00 ‖ kind ‖ 0x00 ‖ id)}.
 * Map keys are public, so equality need not be constant-time.
 */
public final class MapKey implements Comparable<MapKey> {

    public static final int LENGTH = 32;
    public static final int BITS = 256;
    static final byte[] DOMAIN = "trazo:map-key:v1\0".getBytes(StandardCharsets.US_ASCII);

    private final byte[] bytes;

    private MapKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The key of a subject; {@code id} is not checked against its kind's form here. */
    public static MapKey of(SubjectKind kind, String id) {
        return new MapKey(Digest.sha256(DOMAIN, kind.wire().getBytes(StandardCharsets.UTF_8), new byte[] {0},
                id.getBytes(StandardCharsets.UTF_8)).toBytes());
    }

    public static MapKey ofBytes(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a map key is 32 bytes, got " + bytes.length);
        }
        return new MapKey(bytes.clone());
    }

    /** Bit {@code i}, most significant first: bit {@code 7 - i % 8} of byte {@code i / 8}. */
    public int bit(int i) {
        return bit(bytes, i);
    }

    static int bit(byte[] key, int i) {
        return (key[i >>> 3] >>> (7 - (i & 7))) & 1;
    }

    /** The first bit where two 32-byte keys differ, or 256 if they are equal. */
    static int firstDifference(byte[] a, byte[] b) {
        for (int i = 0; i < LENGTH; i++) {
            int x = (a[i] ^ b[i]) & 0xff;
            if (x != 0) {
                return i * 8 + Integer.numberOfLeadingZeros(x) - 24;
            }
        }
        return BITS;
    }

    byte[] internal() {
        return bytes;
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    public String hex() {
        return Hex.encode(bytes);
    }

    @Override
    public int compareTo(MapKey o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapKey other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}

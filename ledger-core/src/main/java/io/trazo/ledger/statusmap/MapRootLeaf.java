package io.trazo.ledger.statusmap;

import io.trazo.ledger.crypto.Hex;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The log leaf that commits a checkpoint to the status map (docs/protocol.md §20.5), appended by the
 * sequencer as the last leaf before it signs:
 *
 * <pre>
 * leafInput = "trazo:map-root:v1" ‖ 0x00 ‖ entries (u64 BE) ‖ lastLeafIndex (u64 BE) ‖ root[32]     (66 bytes)
 * </pre>
 * Its log leaf hash is the RFC 9162 {@code SHA-256(0x00 ‖ leafInput)} of any leaf. The prefix differs
 * from a record leaf's {@code "trazo:log-leaf:v1"} in its first bytes, so the two can never be confused.
 */
public final class MapRootLeaf {

    public static final byte[] DOMAIN = "trazo:map-root:v1\0".getBytes(StandardCharsets.US_ASCII);
    public static final int LENGTH = DOMAIN.length + 8 + 8 + 32;

    private final long entries;
    private final long lastLeafIndex;
    private final byte[] root;

    private MapRootLeaf(long entries, long lastLeafIndex, byte[] root) {
        this.entries = entries;
        this.lastLeafIndex = lastLeafIndex;
        this.root = root;
    }

    /** The leaf input of a map with {@code entries} entries and {@code root}, covering leaves up to {@code lastLeafIndex}. */
    public static byte[] leafInput(long entries, long lastLeafIndex, byte[] root) {
        if (entries < 0 || lastLeafIndex < 0 || root.length != 32) {
            throw new IllegalArgumentException("entries and lastLeafIndex are non-negative, the root 32 bytes");
        }
        return ByteBuffer.allocate(LENGTH).put(DOMAIN).putLong(entries).putLong(lastLeafIndex).put(root).array();
    }

    /**
     * Reads a map-root leaf input exactly.
     *
     * @throws MapRootLeafException if the bytes are not 66 bytes starting with the prefix, or a count is
     *     above 2^63 − 1 (a log index never is)
     */
    public static MapRootLeaf parse(byte[] leafInput) throws MapRootLeafException {
        if (leafInput.length != LENGTH) {
            throw new MapRootLeafException("a map-root leaf is " + LENGTH + " bytes, got " + leafInput.length);
        }
        if (!Arrays.equals(leafInput, 0, DOMAIN.length, DOMAIN, 0, DOMAIN.length)) {
            throw new MapRootLeafException("a map-root leaf starts with " + Hex.encode(DOMAIN) + ", got "
                    + Hex.encode(Arrays.copyOf(leafInput, DOMAIN.length)));
        }
        ByteBuffer in = ByteBuffer.wrap(leafInput, DOMAIN.length, 16 + 32);
        long entries = in.getLong();
        long last = in.getLong();
        if (entries < 0 || last < 0) {
            throw new MapRootLeafException("entries and lastLeafIndex are below 2^63");
        }
        byte[] root = new byte[32];
        in.get(root);
        return new MapRootLeaf(entries, last, root);
    }

    public long entries() {
        return entries;
    }

    public long lastLeafIndex() {
        return lastLeafIndex;
    }

    public byte[] root() {
        return root.clone();
    }

    public byte[] leafInput() {
        return leafInput(entries, lastLeafIndex, root);
    }
}

package io.trazo.ledger.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A C2SP tlog-tiles hash tile: up to {@value #FULL_WIDTH} consecutive node hashes of one tree level.
 *
 * <p>A tile at tile level {@code L} and index {@code N} holds the hashes of the Merkle nodes at tree
 * level {@code 8·L} with indices {@code [N·256, N·256 + width)}; level 0 holds leaf hashes. Only
 * complete (perfect-subtree) nodes are ever in a tile, so a tile's content is fixed forever by the
 * leaves it covers, and a tile of width {@code w} is a prefix of every wider tile at the same
 * position. Hashes of incomplete subtrees at the right edge of a tree are never stored: they are
 * recomputed from tiles for whatever tree size is asked. The serialised form ({@link #toBytes()})
 * is the C2SP tlog-tiles body: the hashes concatenated, 32 bytes each.
 */
public final class Tile {

    /** Hashes in a full tile (C2SP tlog-tiles: tile height 8). */
    public static final int FULL_WIDTH = 256;

    /** Tree levels covered by one tile level. */
    public static final int HEIGHT = 8;

    /** Tile levels needed for 2^63 leaves. */
    public static final int MAX_LEVEL = 7;

    private final int level;
    private final long index;
    private final byte[] hashes;

    private Tile(int level, long index, byte[] hashes) {
        this.level = level;
        this.index = index;
        this.hashes = hashes;
    }

    /**
     * A tile from its C2SP body bytes (copied).
     *
     * @throws IllegalArgumentException if the position is negative or out of range, or the body is not
     *     1 to 256 whole 32-byte hashes
     */
    public static Tile of(int level, long index, byte[] body) {
        if (level < 0 || level > MAX_LEVEL || index < 0 || index > (Long.MAX_VALUE >>> (HEIGHT * level + HEIGHT))) {
            throw new IllegalArgumentException("no tile at level " + level + " index " + index);
        }
        if (body.length == 0 || body.length % TreeHash.LENGTH != 0 || body.length > FULL_WIDTH * TreeHash.LENGTH) {
            throw new IllegalArgumentException("a tile body is 1.." + FULL_WIDTH + " hashes of " + TreeHash.LENGTH
                    + " bytes, got " + body.length + " bytes");
        }
        return new Tile(level, index, body.clone());
    }

    public int level() {
        return level;
    }

    public long index() {
        return index;
    }

    public int width() {
        return hashes.length / TreeHash.LENGTH;
    }

    public boolean isFull() {
        return width() == FULL_WIDTH;
    }

    public TreeHash hash(int position) {
        if (position < 0 || position >= width()) {
            throw new IndexOutOfBoundsException("position " + position + " of a tile of width " + width());
        }
        return TreeHash.of(hashes, position * TreeHash.LENGTH);
    }

    /** The first {@code width} hashes, which is the tile this position had at that width. */
    public Tile prefix(int width) {
        if (width < 1 || width > width()) {
            throw new IllegalArgumentException("cannot cut a tile of width " + width() + " to " + width);
        }
        return width == width() ? this : new Tile(level, index, Arrays.copyOf(hashes, width * TreeHash.LENGTH));
    }

    /** The C2SP tlog-tiles body: the hashes concatenated. */
    public byte[] toBytes() {
        return hashes.clone();
    }

    /** The C2SP tlog-tiles resource path, e.g. {@code tile/0/x001/234.p/17}. */
    public String path() {
        return "tile/" + level + "/" + encodeIndex(index) + (isFull() ? "" : ".p/" + width());
    }

    /**
     * The key a document store files the tile of this position and width under, {@code "L/N/W"}
     * ({@code log_tiles._id}, docs/operations.md).
     */
    public static String storageKey(int level, long index, int width) {
        return level + "/" + index + "/" + width;
    }

    /**
     * The storage keys of every width from full down to {@code minWidth}, widest first: one batch of
     * exact-key reads finds the widest stored tile at a position, on the one key every tile is stored
     * under, so a store needs no other index to serve it.
     */
    public static List<String> storageKeysFrom(int level, long index, int minWidth) {
        List<String> keys = new ArrayList<>(FULL_WIDTH - Math.max(1, minWidth) + 1);
        for (int w = FULL_WIDTH; w >= Math.max(1, minWidth); w--) {
            keys.add(storageKey(level, index, w));
        }
        return keys;
    }

    /** C2SP tlog-tiles index encoding: 3-digit groups, all but the last prefixed with {@code x}. */
    static String encodeIndex(long index) {
        String digits = Long.toString(index);
        int pad = (3 - digits.length() % 3) % 3;
        digits = "0".repeat(pad) + digits;
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 3) {
            if (i + 3 < digits.length()) {
                path.append('x').append(digits, i, i + 3).append('/');
            } else {
                path.append(digits, i, i + 3);
            }
        }
        return path.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tile that && level == that.level && index == that.index
                && Arrays.equals(hashes, that.hashes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * level + Long.hashCode(index)) + Arrays.hashCode(hashes);
    }

    @Override
    public String toString() {
        return path();
    }
}

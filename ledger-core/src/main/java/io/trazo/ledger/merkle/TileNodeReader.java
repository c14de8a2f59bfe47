package io.trazo.ledger.merkle;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads hashes of complete subtrees from a {@link TileReader} and recomputes incomplete ones.
 *
 * <p>A node at tree level {@code h} is either an entry of a tile at tile level {@code h / 8} or, when
 * {@code h} is not a multiple of 8, the root of {@code 2^(h mod 8)} adjacent, aligned entries of
 * one such tile. Tiles, and the inner nodes computed from them, are cached for the lifetime of this
 * reader, which is one request.
 */
public final class TileNodeReader {

    private record Position(int level, long index) {}

    private final TileReader store;
    private final Map<Position, Tile> cache = new HashMap<>();
    private final Map<Position, TreeHash> subtrees = new HashMap<>();

    public TileNodeReader(TileReader store) {
        this.store = store;
    }

    /**
     * Reads, in one batch per tile level, the full tiles that the audit paths of {@code leaves} in a tree
     * of {@code treeSize} leaves lie in: below the tree's right edge, every sibling at tree level
     * {@code h} is in the tile at tile level {@code h / 8} above the leaf. Tiles at the right edge, which
     * may be partial, are left to be read on demand.
     */
    void prefetch(Collection<Long> leaves, long treeSize) {
        for (int level = 0; level <= Tile.MAX_LEVEL; level++) {
            int shift = Tile.HEIGHT * (level + 1);
            if (shift >= Long.SIZE - 1 || (treeSize >>> shift) == 0) {
                return;
            }
            long complete = treeSize >>> shift;
            Set<Long> wanted = new TreeSet<>();
            for (long leaf : leaves) {
                long index = leaf >>> shift;
                if (index < complete && !cache.containsKey(new Position(level, index))) {
                    wanted.add(index);
                }
            }
            if (!wanted.isEmpty()) {
                for (Tile tile : store.readFull(level, wanted)) {
                    if (tile.level() == level && tile.isFull() && wanted.contains(tile.index())) {
                        cache.put(new Position(level, tile.index()), tile);
                    }
                }
            }
        }
    }

    /**
     * The hash of the perfect subtree over leaves {@code [index·2^level, (index+1)·2^level)}. Inner
     * nodes of a tile are remembered for this reader's lifetime: a perfect subtree's hash never changes
     * in an append-only tree, and the audit paths of neighbouring leaves share most of them, so a
     * bundle's proofs hash each tile's inner nodes at most once instead of once per proof.
     */
    public TreeHash node(int level, long index) {
        int within = level % Tile.HEIGHT;
        Position position = new Position(level, index);
        TreeHash known = within == 0 ? null : subtrees.get(position);
        if (known != null) {
            return known;
        }
        long first = index << within;
        int count = 1 << within;
        int offset = (int) (first & (Tile.FULL_WIDTH - 1));
        Tile tile = tile(level / Tile.HEIGHT, first >>> Tile.HEIGHT, offset + count);
        if (within == 0) {
            return tile.hash(offset);
        }
        TreeHash hash = TreeHasher.nodeHash(node(level - 1, 2 * index), node(level - 1, 2 * index + 1));
        subtrees.put(position, hash);
        return hash;
    }

    /**
     * MTH(D[lo:hi]) (RFC 9162 §2.1.1) for a range whose start is aligned to the smallest power of two
     * not below its length, which is every range the RFC 9162 §2.1.3.1 and §2.1.4.1 recursions visit.
     * The range splits into perfect subtrees of strictly decreasing size, folded right to left.
     */
    TreeHash rangeRoot(long lo, long hi) {
        if (hi <= lo) {
            throw new IllegalArgumentException("empty range [" + lo + ", " + hi + ")");
        }
        long length = hi - lo;
        TreeHash[] parts = new TreeHash[Long.bitCount(length)];
        long start = lo;
        int next = 0;
        for (int level = Long.SIZE - 2; level >= 0; level--) {
            long width = 1L << level;
            if ((length & width) != 0) {
                parts[next++] = node(level, start >>> level);
                start += width;
            }
        }
        TreeHash acc = parts[parts.length - 1];
        for (int i = parts.length - 2; i >= 0; i--) {
            acc = TreeHasher.nodeHash(parts[i], acc);
        }
        return acc;
    }

    private Tile tile(int level, long index, int minWidth) {
        Position position = new Position(level, index);
        Tile cached = cache.get(position);
        if (cached != null && cached.width() >= minWidth) {
            return cached;
        }
        Tile tile = store.read(level, index, minWidth)
                .orElseThrow(() -> MissingTileException.notStored(level, index, minWidth));
        if (tile.level() != level || tile.index() != index || tile.width() < minWidth) {
            throw new IllegalStateException("store returned " + tile.path() + " for level " + level
                    + " index " + index + " width >= " + minWidth);
        }
        cache.put(position, tile);
        return tile;
    }
}

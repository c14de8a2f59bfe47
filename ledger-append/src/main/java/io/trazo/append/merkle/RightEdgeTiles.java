package io.trazo.append.merkle;

import io.trazo.ledger.merkle.MissingTileException;
import io.trazo.ledger.merkle.Tile;
import io.trazo.ledger.merkle.TreeHash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The rightmost, not yet full tile of each tile level: the only tiles an append can change. Changes
 * are staged in a {@link Batch} and adopted by {@link Batch#commit()} once the store has them.
 */
final class RightEdgeTiles {

    private static final int LEVELS = Tile.MAX_LEVEL + 1;

    private static final class Pending {
        long index;
        int width;
        final byte[] hashes = new byte[Tile.FULL_WIDTH * TreeHash.LENGTH];

        Pending copy() {
            Pending copy = new Pending();
            copy.index = index;
            copy.width = width;
            System.arraycopy(hashes, 0, copy.hashes, 0, width * TreeHash.LENGTH);
            return copy;
        }
    }

    private final Pending[] levels = new Pending[LEVELS];

    private RightEdgeTiles() {
        for (int level = 0; level < LEVELS; level++) {
            levels[level] = new Pending();
        }
    }

    static RightEdgeTiles empty() {
        return new RightEdgeTiles();
    }

    /** The right-edge tiles of a tree of {@code size} leaves, read from {@code store}. */
    static RightEdgeTiles load(TileStore store, long size) {
        RightEdgeTiles edge = new RightEdgeTiles();
        for (int level = 0; level < LEVELS; level++) {
            long entries = size >>> (Tile.HEIGHT * level);
            Pending pending = edge.levels[level];
            pending.index = entries >>> Tile.HEIGHT;
            pending.width = (int) (entries & (Tile.FULL_WIDTH - 1));
            if (pending.width > 0) {
                int tileLevel = level;
                Tile tile = store.read(level, pending.index, pending.width)
                        .orElseThrow(() -> MissingTileException.notStored(tileLevel, pending.index, pending.width));
                byte[] body = tile.toBytes();
                System.arraycopy(body, 0, pending.hashes, 0, pending.width * TreeHash.LENGTH);
            }
        }
        return edge;
    }

    Batch startBatch() {
        return new Batch();
    }

    /** The tile changes of one append batch. */
    final class Batch {
        private final Pending[] work = new Pending[LEVELS];
        private final List<Tile> full = new ArrayList<>();

        /** A {@link CompactRange.NodeSink}: keeps the nodes whose level starts a tile level. */
        void completed(int level, long index, TreeHash hash) {
            if (level % Tile.HEIGHT != 0) {
                return;
            }
            int tileLevel = level / Tile.HEIGHT;
            Pending pending = work(tileLevel);
            if (index != pending.index * Tile.FULL_WIDTH + pending.width) {
                throw new IllegalStateException("node " + index + " at level " + level + " does not extend tile "
                        + pending.index + " of width " + pending.width);
            }
            hash.copyTo(pending.hashes, pending.width * TreeHash.LENGTH);
            pending.width++;
            if (pending.width == Tile.FULL_WIDTH) {
                full.add(Tile.of(tileLevel, pending.index, pending.hashes));
                pending.index++;
                pending.width = 0;
            }
        }

        /** Full tiles completed by the batch and the new partial tiles, lowest level first. */
        List<Tile> tilesToWrite() {
            List<Tile> tiles = new ArrayList<>(full);
            for (int level = 0; level < LEVELS; level++) {
                Pending pending = work[level];
                if (pending != null && pending.width > 0) {
                    tiles.add(Tile.of(level, pending.index,
                            Arrays.copyOf(pending.hashes, pending.width * TreeHash.LENGTH)));
                }
            }
            tiles.sort(Comparator.comparingInt(Tile::level));
            return tiles;
        }

        void commit() {
            for (int level = 0; level < LEVELS; level++) {
                if (work[level] != null) {
                    levels[level] = work[level];
                }
            }
        }

        private Pending work(int level) {
            if (work[level] == null) {
                work[level] = levels[level].copy();
            }
            return work[level];
        }
    }
}

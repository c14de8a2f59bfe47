package io.trazo.append.log;

import io.trazo.append.log.LogIntegrityException.Reason;
import io.trazo.ledger.merkle.Tile;
import io.trazo.ledger.merkle.TileReader;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHasher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the full tiles below the right edge of the committed tree, which neither a root nor a resume
 * ever reads: a root at size n reads only the right-edge tiles and, for everything left of them, one
 * entry per full tile in the tile level above. So a full tile checks out when its own root (255 node
 * hashes) is the entry its parent holds for it; with the root check on the right edge, every stored
 * tile of the tree is then tied to the signed root.
 *
 * <p>Cost: the first check after start-up reads every full tile once (n / 256 tiles at level 0, in
 * batches of {@value #BATCH}), so that a restart cannot sign on a store altered while it was down;
 * afterwards each check reads the next {@code perStep} tiles round the tree, so a later alteration is
 * found within (n / 256) / perStep steps. The store auditor re-derives every tile from the records.
 */
final class CompletedTiles {

    static final int BATCH = 256;

    private final TileReader tiles;
    private final int perStep;
    private boolean sweptOnce;
    private int level;
    private long next;

    CompletedTiles(TileReader tiles, int perStep) {
        this.tiles = tiles;
        this.perStep = perStep;
    }

    /** Checks all full tiles of a tree of {@code size} on the first call, then the next {@code perStep} of them. */
    void check(long size) throws LogIntegrityException {
        if (!sweptOnce) {
            for (int l = 0; l <= Tile.MAX_LEVEL; l++) {
                for (long from = 0; from < full(size, l); from += BATCH) {
                    checkRange(l, from, Math.min(full(size, l), from + BATCH));
                }
            }
            sweptOnce = true;
            return;
        }
        int budget = perStep;
        for (int levels = 0; budget > 0 && levels <= Tile.MAX_LEVEL + 1; ) {
            long end = full(size, level);
            if (next >= end) {
                level = level == Tile.MAX_LEVEL || full(size, level + 1) == 0 ? 0 : level + 1;
                next = 0;
                levels++;
                continue;
            }
            long to = Math.min(end, next + Math.min(budget, BATCH));
            checkRange(level, next, to);
            budget -= (int) (to - next);
            next = to;
        }
    }

    /** Full tiles at tile level {@code level} in a tree of {@code size} leaves. */
    private static long full(long size, int level) {
        int shift = Tile.HEIGHT * (level + 1);
        return shift >= Long.SIZE - 1 ? 0 : size >>> shift;
    }

    private void checkRange(int level, long from, long to) throws LogIntegrityException {
        List<Long> indices = new ArrayList<>();
        for (long i = from; i < to; i++) {
            indices.add(i);
        }
        Map<Long, Tile> found = new HashMap<>();
        for (Tile tile : tiles.readFull(level, indices)) {
            found.put(tile.index(), tile);
        }
        Map<Long, Tile> parents = new HashMap<>();
        for (long i = from; i < to; i++) {
            Tile tile = found.get(i);
            if (tile == null || !tile.isFull()) {
                throw new LogIntegrityException(Reason.COMPLETED_TILE_ALTERED, "full tile " + level + "/" + i
                        + " of the committed tree is not in the tile store");
            }
            long parentIndex = i >>> Tile.HEIGHT;
            int slot = (int) (i & (Tile.FULL_WIDTH - 1));
            Tile parent = parents.get(parentIndex);
            if (parent == null || parent.width() <= slot) {
                parent = tiles.read(level + 1, parentIndex, slot + 1).orElse(null);
                if (parent == null) {
                    throw new LogIntegrityException(Reason.COMPLETED_TILE_ALTERED, "tile " + (level + 1) + "/"
                            + parentIndex + " above full tile " + level + "/" + i + " is not in the tile store");
                }
                parents.put(parentIndex, parent);
            }
            TreeHash root = rootOf(tile);
            if (!root.equals(parent.hash(slot))) {
                throw new LogIntegrityException(Reason.COMPLETED_TILE_ALTERED, "full tile " + level + "/" + i
                        + " hashes to " + root.toHex() + " but tile " + (level + 1) + "/" + parentIndex + " holds "
                        + parent.hash(slot).toHex() + " for it");
            }
        }
    }

    /** The root of the perfect subtree a full tile's 256 entries span. */
    static TreeHash rootOf(Tile full) {
        TreeHash[] row = new TreeHash[Tile.FULL_WIDTH];
        for (int i = 0; i < row.length; i++) {
            row[i] = full.hash(i);
        }
        for (int width = row.length; width > 1; width /= 2) {
            for (int i = 0; i < width / 2; i++) {
                row[i] = TreeHasher.nodeHash(row[2 * i], row[2 * i + 1]);
            }
        }
        return row[0];
    }
}

package io.trazo.append.audit;

import io.trazo.ledger.merkle.MerkleProofs;
import io.trazo.ledger.merkle.Tile;
import io.trazo.ledger.merkle.TileReader;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHasher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The log's tiles re-derived from its leaf hashes alone, streaming: only the right-edge tile of each
 * level is kept (at most 8 × 8 KiB), each full tile is handed out once as it completes. As a
 * {@link TileReader} it serves exactly those right-edge tiles, which are all a root needs.
 */
final class TileRebuild implements TileReader {

    private static final int LEVELS = Tile.MAX_LEVEL + 1;

    private final byte[][] pending = new byte[LEVELS][Tile.FULL_WIDTH * TreeHash.LENGTH];
    private final int[] width = new int[LEVELS];
    private final long[] index = new long[LEVELS];
    private long size;

    long size() {
        return size;
    }

    /** The right-edge entries of each level, for an {@link AuditCursor}. */
    List<AuditCursor.Level> levels() {
        List<AuditCursor.Level> out = new ArrayList<>();
        for (int level = 0; level < LEVELS; level++) {
            List<TreeHash> hashes = new ArrayList<>(width[level]);
            for (int i = 0; i < width[level]; i++) {
                hashes.add(TreeHash.of(pending[level], i * TreeHash.LENGTH));
            }
            out.add(new AuditCursor.Level(index[level], hashes));
        }
        return out;
    }

    /**
     * Back to a state {@link #levels} gave at {@code leaves}. The levels must agree with the leaf count
     * (level l's index and width are the digits of {@code leaves} in base 256), else the cursor is not one this class wrote.
     */
    void restore(long leaves, List<AuditCursor.Level> levels) {
        if (levels.size() != LEVELS) {
            throw new IllegalArgumentException("audit cursor with " + levels.size() + " tile levels, not " + LEVELS);
        }
        long rest = leaves;
        for (int level = 0; level < LEVELS; level++) {
            AuditCursor.Level l = levels.get(level);
            if (l.index() != rest / Tile.FULL_WIDTH || l.hashes().size() != rest % Tile.FULL_WIDTH) {
                throw new IllegalArgumentException("audit cursor level " + level + " (index " + l.index() + ", width "
                        + l.hashes().size() + ") does not match " + leaves + " leaves");
            }
            rest /= Tile.FULL_WIDTH;
            index[level] = l.index();
            width[level] = l.hashes().size();
            for (int i = 0; i < width[level]; i++) {
                l.hashes().get(i).copyTo(pending[level], i * TreeHash.LENGTH);
            }
        }
        size = leaves;
    }

    /** Appends one leaf hash; returns the full tiles it completed, lowest level first. */
    List<Tile> add(TreeHash leaf) {
        List<Tile> completed = new ArrayList<>(1);
        push(0, leaf, completed);
        size++;
        return completed;
    }

    private void push(int level, TreeHash hash, List<Tile> completed) {
        hash.copyTo(pending[level], width[level] * TreeHash.LENGTH);
        if (++width[level] == Tile.FULL_WIDTH) {
            Tile full = Tile.of(level, index[level], pending[level]);
            completed.add(full);
            index[level]++;
            width[level] = 0;
            push(level + 1, rootOf(full), completed);
        }
    }

    /** The right-edge tiles that are not full, lowest level first. */
    List<Tile> partial() {
        List<Tile> tiles = new ArrayList<>();
        for (int level = 0; level < LEVELS; level++) {
            read(level, index[level], 1).ifPresent(tiles::add);
        }
        return tiles;
    }

    TreeHash root() {
        return new MerkleProofs(this).rootAt(size);
    }

    @Override
    public Optional<Tile> read(int level, long at, int minWidth) {
        if (level < 0 || level >= LEVELS || at != index[level] || width[level] == 0 || width[level] < minWidth) {
            return Optional.empty();
        }
        return Optional.of(Tile.of(level, at, Arrays.copyOf(pending[level], width[level] * TreeHash.LENGTH)));
    }

    /** The root of the perfect subtree a full tile's 256 entries span: the entry its parent holds for it. */
    private static TreeHash rootOf(Tile full) {
        TreeHash[] row = new TreeHash[Tile.FULL_WIDTH];
        for (int i = 0; i < row.length; i++) {
            row[i] = full.hash(i);
        }
        for (int n = row.length; n > 1; n /= 2) {
            for (int i = 0; i < n / 2; i++) {
                row[i] = TreeHasher.nodeHash(row[2 * i], row[2 * i + 1]);
            }
        }
        return row[0];
    }
}

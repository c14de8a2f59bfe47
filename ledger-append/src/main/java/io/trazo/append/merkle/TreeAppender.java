package io.trazo.append.merkle;

import io.trazo.ledger.merkle.Tile;
import io.trazo.ledger.merkle.TileNodeReader;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHead;
import io.trazo.ledger.merkle.TreeRangeException;
import java.util.ArrayList;
import java.util.List;

/**
 * The single writer of one log's tiles: appends batches of leaf hashes, stores the tiles they
 * complete, and returns the new tree head.
 *
 * <p>Trust boundary: only the ingest side appends, and only one appender per log may run at a time;
 * this class is not thread-safe. There is no trust boundary between the appender and its store:
 * whoever can write tiles can rewrite history until a checkpoint is signed and witnessed.
 *
 * <p>Per leaf the work is amortised O(1) node hashes on a {@link CompactRange}; each batch costs one
 * O(log n) root fold and one write per tile it touched. Tiles are written lowest level first; the
 * caller MUST NOT sign or publish the returned head before {@link #append} has returned, because
 * only then are all tiles that prove it durable. If a write fails, this appender keeps its previous
 * state and the batch can be retried: rewriting identical tiles is idempotent.
 */
public final class TreeAppender {

    private final TileStore store;
    private CompactRange range;
    private final RightEdgeTiles edge;

    private TreeAppender(TileStore store, CompactRange range, RightEdgeTiles edge) {
        this.store = store;
        this.range = range;
        this.edge = edge;
    }

    /** An appender for a log with no leaves. */
    public static TreeAppender empty(TileStore store) {
        return new TreeAppender(store, new CompactRange(), RightEdgeTiles.empty());
    }

    /**
     * Resumes a log whose tiles for {@code size} leaves are in {@code store}, e.g. the size of the
     * last checkpoint this log signed.
     *
     * @throws MissingTileException if the store cannot prove that size
     */
    public static TreeAppender resume(TileStore store, long size) {
        if (size < 0) {
            throw TreeRangeException.negativeSize(size);
        }
        TileNodeReader nodes = new TileNodeReader(store);
        List<TreeHash> subtrees = new ArrayList<>();
        long start = 0;
        for (int level = Long.SIZE - 2; level >= 0; level--) {
            if ((size >>> level & 1) == 1) {
                subtrees.add(nodes.node(level, start >>> level));
                start += 1L << level;
            }
        }
        return new TreeAppender(store, CompactRange.of(size, subtrees), RightEdgeTiles.load(store, size));
    }

    public long size() {
        return range.size();
    }

    public TreeHead head() {
        return new TreeHead(range.size(), range.root());
    }

    /** Appends {@code leafHashes} in order, durably stores every tile they change, returns the new head. */
    public TreeHead append(List<TreeHash> leafHashes) {
        CompactRange next = range.copy();
        RightEdgeTiles.Batch batch = edge.startBatch();
        for (TreeHash leafHash : leafHashes) {
            next.append(leafHash, batch::completed);
        }
        for (Tile tile : batch.tilesToWrite()) {
            store.write(tile);
        }
        batch.commit();
        range = next;
        return head();
    }
}

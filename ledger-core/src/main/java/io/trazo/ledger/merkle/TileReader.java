package io.trazo.ledger.merkle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read-only port to the hash tiles of one append-only Merkle log (C2SP tlog-tiles layout): all that
 * proofs need, and all that a reader of the log can name. Writers hold the write-side {@code TileStore}
 * of the ledger-append module, which extends this interface.
 *
 * <p>Contract for every implementation:
 * <ol>
 *   <li>{@link #read}{@code (level, index, minWidth)} MUST return a stored tile at that position whose
 *       width is at least {@code minWidth}, or empty if there is none; it MUST NOT return a narrower
 *       tile. Any qualifying tile is correct, because in an append-only log a narrower tile is a prefix
 *       of a wider one; implementations SHOULD prefer the full tile.
 *   <li>A tile, once readable, stays readable from every process (writers make tiles durable before
 *       they publish a checkpoint that needs them).
 *   <li>Both methods MUST be safe to call concurrently. Transient failures (store unavailable) are
 *       the adapter's own exceptions and SHOULD be marked retryable by it.
 * </ol>
 *
 * <p>The store does not record the tree size: the signed checkpoint does.
 */
public interface TileReader {

    /** A stored tile at (level, index) of width at least {@code minWidth}; see item 1. */
    Optional<Tile> read(int level, long index, int minWidth);

    /**
     * The stored full tiles ({@value Tile#FULL_WIDTH} wide) at {@code level} and each of {@code indices};
     * positions without one are left out. It MUST answer as {@code read(level, index, FULL_WIDTH)} would
     * for each. The default reads one at a time; an adapter over a networked store SHOULD override it
     * with one exact-key round trip, because proving many leaves at once needs many tiles.
     */
    default List<Tile> readFull(int level, Collection<Long> indices) {
        List<Tile> found = new ArrayList<>();
        for (long index : indices) {
            read(level, index, Tile.FULL_WIDTH).ifPresent(found::add);
        }
        return found;
    }
}

package io.trazo.append.merkle;

import io.trazo.ledger.merkle.Tile;
import io.trazo.ledger.merkle.TileReader;

/**
 * Write port for the hash tiles of one append-only Merkle log (C2SP tlog-tiles layout).
 *
 * <p>A tile is identified by (level, index, width) and its content is fully determined by the log's
 * leaves, so entries are immutable and writes are idempotent, in the manner of Trillian's
 * {@code storage/log_storage.go} ({@code AddSequencedLeaves}: an identical entry is
 * {@code AlreadyExists}, a different one at the same position is a conflict) and tessera's
 * {@code append_lifecycle.go} (nothing is acknowledged before it is durable).
 *
 * <p>Contract for every implementation:
 * <ol>
 *   <li>{@link #write} MUST NOT return before the tile is durable; once it has returned, every later
 *       {@link #read} from any process MUST be able to see the tile (or a wider one, see 5).
 *   <li>{@link #write} of a tile equal to the stored tile at the same (level, index, width) MUST
 *       return {@link TileWriteOutcome#ALREADY_STORED} and change nothing.
 *   <li>{@link #write} of a tile whose hashes differ from the stored tile at the same (level, index,
 *       width) MUST throw {@link TileConflictException} and MUST leave the stored tile unchanged. An
 *       implementation SHOULD also detect a tile that is not a prefix of (or extended by) a stored
 *       tile of another width at the same (level, index); it MUST NOT overwrite either.
 *   <li>Reads follow the {@link TileReader} contract.
 *   <li>An implementation MAY delete a partial tile once a wider tile at the same (level, index) is
 *       durable, since by the reader contract readers never need it; it MUST NOT delete anything else.
 *   <li>Both methods MUST be safe to call concurrently. Transient failures (store unavailable) are
 *       the adapter's own exceptions and SHOULD be marked retryable by it.
 * </ol>
 *
 * <p>The store does not record the tree size: the signed checkpoint does. Writers store all tiles of
 * a new size before publishing its checkpoint, so any size that was ever published can be proved.
 */
public interface TileStore extends TileReader {

    /** Stores {@code tile}; see the class contract, items 1–3. */
    TileWriteOutcome write(Tile tile);
}

package io.trazo.append.audit;

import io.trazo.ledger.merkle.TreeHash;
import java.util.List;

/**
 * Where a store-audit pass stopped, so that a restarted ingest resumes it instead of starting again at
 * leaf 0 (docs/operations.md, Store audit). It holds what the pass re-derived itself, never anything read
 * from the tiles: the leaves audited, the ledger position to read next, the checkpoint size the pass
 * follows (a later checkpoint that is smaller is still a rollback), and the right-edge entries of each
 * tile level. Someone who can rewrite the store can rewrite this too; that only makes the next pass
 * start later, and every pass after it starts at leaf 0.
 *
 * @param levels level {@code l}'s right-edge tile: its index and the hashes it has so far (fewer than 256)
 */
public record AuditCursor(long leaves, long nextPosition, long checkpointSize, List<Level> levels) {

    public AuditCursor {
        levels = List.copyOf(levels);
        if (leaves < 0 || nextPosition < 1 || checkpointSize < leaves) {
            throw new IllegalArgumentException("audit cursor: " + leaves + " leaves, next position " + nextPosition
                    + ", checkpoint size " + checkpointSize);
        }
    }

    public record Level(long index, List<TreeHash> hashes) {

        public Level {
            hashes = List.copyOf(hashes);
        }
    }
}

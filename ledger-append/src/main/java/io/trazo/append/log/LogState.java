package io.trazo.append.log;

import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHasher;
import java.util.Objects;
import java.util.Optional;

/**
 * What the sequencer has committed: the tree of {@code treeSize} leaves with {@code root}, built from the
 * accepted records at ledger positions up to {@code integratedPosition} (sealed positions included), the
 * signed checkpoint of that tree, and the fencing token of the leader that wrote it.
 *
 * <p>This one document is the sequencer's commit point: tiles and leaf-index entries are written before
 * it (idempotent, and invisible to readers until a checkpoint covers them) and the checkpoint history is
 * repaired from it after a crash.
 *
 * @param checkpoint the signed checkpoint of this tree; empty only for the empty tree
 */
public record LogState(long treeSize, TreeHash root, long integratedPosition, FencingToken writer,
        Optional<SignedCheckpoint> checkpoint) {

    /** The state of a log nothing has been integrated into. */
    public static final LogState EMPTY = new LogState(0, TreeHasher.emptyRoot(), 0, FencingToken.NONE, Optional.empty());

    public LogState {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(checkpoint, "checkpoint");
        if (treeSize < 0 || integratedPosition < 0) {
            throw new IllegalArgumentException("tree size and position are not negative");
        }
        if (checkpoint.isPresent() && checkpoint.get().size() != treeSize) {
            throw new IllegalArgumentException("checkpoint of size " + checkpoint.get().size()
                    + " for a tree of size " + treeSize);
        }
        if (checkpoint.isEmpty() && treeSize != 0) {
            throw new IllegalArgumentException("a non-empty tree is committed only with its checkpoint");
        }
    }

    /** The same state, claimed by the leader holding {@code token}. */
    public LogState fencedBy(FencingToken token) {
        return new LogState(treeSize, root, integratedPosition, token, checkpoint);
    }
}

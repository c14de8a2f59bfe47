package io.trazo.append.log;

import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.append.log.LogIntegrityException.Reason;
import io.trazo.ledger.merkle.InvalidProofException;
import io.trazo.ledger.merkle.MerkleProofs;
import io.trazo.ledger.merkle.MissingTileException;
import io.trazo.ledger.merkle.ProofVerifier;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHasher;
import io.trazo.ledger.merkle.TreeHead;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.merkle.checkpoint.CheckpointException;
import io.trazo.ledger.merkle.checkpoint.Checkpoints;
import io.trazo.ledger.merkle.note.NoteException;
import java.util.Optional;

/**
 * The sequencer's checks before it signs: the committed state is what the log key (or, during a
 * rotation, the previous one) signed, the tiles
 * still give its root and the full tiles below its right edge still agree with it ({@link CompletedTiles}),
 * the history agrees with it, and the new tree extends it (RFC 9162 §2.1.4).
 */
final class LogChecks {

    /** Full tiles re-checked per step after the start-up sweep: about 16 × 8 KiB read and 4,080 hashes. */
    static final int COMPLETED_TILES_PER_STEP = 16;

    private final LogStores stores;
    private final LogSigner signer;
    private final MerkleProofs proofs;
    private final CompletedTiles completed;

    LogChecks(LogStores stores, LogSigner signer) {
        this.stores = stores;
        this.signer = signer;
        this.proofs = new MerkleProofs(stores.tiles());
        this.completed = new CompletedTiles(stores.tiles(), COMPLETED_TILES_PER_STEP);
    }

    /**
     * Checks the committed state against its own checkpoint, the tiles and the history.
     * {@code latest} MUST have been read from the history before {@code state} was loaded: a checkpoint
     * is published only after its state is committed, so then no honest history is ahead of the state,
     * however other sequencers race.
     */
    void committed(LogState state, Optional<SignedCheckpoint> latest) throws LogIntegrityException {
        if (latest.isPresent() && latest.get().size() > state.treeSize()) {
            throw new LogIntegrityException(Reason.HISTORY_AHEAD_OF_STATE, "history holds a checkpoint of size "
                    + latest.get().size() + " but the committed tree has size " + state.treeSize());
        }
        if (state.checkpoint().isEmpty()) {
            if (!state.root().equals(TreeHasher.emptyRoot())) {
                throw new LogIntegrityException(Reason.STATE_CHECKPOINT_INVALID,
                        "empty tree committed with root " + state.root().toHex());
            }
            return;
        }
        Checkpoint signed = open(state.checkpoint().get());
        if (signed.size() != state.treeSize() || !signed.root().equals(state.root())) {
            throw new LogIntegrityException(Reason.STATE_CHECKPOINT_INVALID, "state is size " + state.treeSize()
                    + " root " + state.root().toHex() + " but its checkpoint signs size " + signed.size() + " root "
                    + signed.root().toHex());
        }
        requireTilesGive(new TreeHead(state.treeSize(), state.root()), "committed");
        completed.check(state.treeSize());
        Optional<SignedCheckpoint> published = stores.history().at(state.treeSize());
        if (published.isPresent() && !published.get().equals(state.checkpoint().get())) {
            throw new LogIntegrityException(Reason.HISTORY_DIVERGES, "history holds another note for size "
                    + state.treeSize() + " than the committed state");
        }
    }

    /** Checks that the tiles give {@code next} and that it extends {@code previous}. */
    void extension(LogState previous, TreeHead next) throws LogIntegrityException {
        requireTilesGive(next, "new");
        if (previous.treeSize() == 0 || previous.treeSize() == next.size()) {
            return;
        }
        try {
            ProofVerifier.verifyConsistency(proofs.consistencyProof(previous.treeSize(), next.size()), previous.root(),
                    next.root());
        } catch (InvalidProofException | MissingTileException e) {
            throw new LogIntegrityException(Reason.INCONSISTENT_WITH_PREVIOUS_CHECKPOINT, "tree of size "
                    + next.size() + " does not extend the checkpoint of size " + previous.treeSize() + ": "
                    + e.getMessage(), e);
        }
    }

    private void requireTilesGive(TreeHead head, String which) throws LogIntegrityException {
        TreeHash fromTiles;
        try {
            fromTiles = proofs.rootAt(head.size());
        } catch (MissingTileException e) {
            throw new LogIntegrityException(Reason.TILES_DO_NOT_REPRODUCE_ROOT, "the " + which + " tree of size "
                    + head.size() + " cannot be rebuilt: " + e.getMessage(), e);
        }
        if (!fromTiles.equals(head.root())) {
            throw new LogIntegrityException(Reason.TILES_DO_NOT_REPRODUCE_ROOT, "the " + which + " tree of size "
                    + head.size() + " has root " + head.root().toHex() + " but the tiles give " + fromTiles.toHex());
        }
    }

    private Checkpoint open(SignedCheckpoint checkpoint) throws LogIntegrityException {
        try {
            return Checkpoints.open(checkpoint.bytes(), signer.origin(), signer.verifierKeys()).checkpoint();
        } catch (NoteException | CheckpointException e) {
            throw new LogIntegrityException(Reason.STATE_CHECKPOINT_INVALID,
                    "committed checkpoint of size " + checkpoint.size() + ": " + e.getMessage(), e);
        }
    }
}

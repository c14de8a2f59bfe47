package io.trazo.append.log;

/**
 * The alarm: the log's stores no longer tell one consistent history, so the sequencer refuses to sign
 * and stops. Never retryable; an operator must find out what changed (a tampered store, a restored
 * backup, a second writer) before the log may move again. Papering over it, say by re-deriving the
 * tree, would sign a split view.
 */
public final class LogIntegrityException extends Exception {

    /** What broke. */
    public enum Reason {
        /** The stored tiles do not give the committed (or newly computed) root at its size. */
        TILES_DO_NOT_REPRODUCE_ROOT,
        /**
         * A full tile below the right edge is missing, or no longer hashes to the entry the tile level above
         * holds for it: a root never reads such a tile, but proofs served from it would fail.
         */
        COMPLETED_TILE_ALTERED,
        /** The new tree is not an extension of the previous checkpoint's tree. */
        INCONSISTENT_WITH_PREVIOUS_CHECKPOINT,
        /** The committed state's checkpoint does not verify with the log key or names another tree. */
        STATE_CHECKPOINT_INVALID,
        /** The checkpoint history holds a larger tree than the committed state: a rollback. */
        HISTORY_AHEAD_OF_STATE,
        /** The checkpoint history holds another note for a committed size. */
        HISTORY_DIVERGES,
        /** An accepted record is missing from the ledger store or its bytes no longer hash to its key. */
        RECORD_TAMPERED,
        /** A tile or leaf-index entry of the new batch conflicts with a stored one. */
        LEAF_CONFLICT,
        /**
         * A committed map-root leaf is not the one the map replayed from the log's records gives (§20.7), or a
         * status record the map read is no longer in the ledger.
         */
        MAP_ROOT_MISMATCH
    }

    private final Reason reason;

    LogIntegrityException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    LogIntegrityException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public boolean isRetryable() {
        return false;
    }
}

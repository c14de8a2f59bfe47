package io.trazo.ledger.merkle;

/**
 * Failures of the Merkle log engine and its storage port. {@link #isRetryable()} separates a store
 * that is behind or unavailable (retry) from a fork or a bad request (do not).
 */
public abstract sealed class MerkleLogException extends RuntimeException
        permits TileConflictException, MissingTileException, TreeRangeException {

    MerkleLogException(String message) {
        super(message);
    }

    /** Whether the same call can succeed later without anything else changing. */
    public abstract boolean isRetryable();
}

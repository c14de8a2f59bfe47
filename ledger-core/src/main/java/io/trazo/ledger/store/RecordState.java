package io.trazo.ledger.store;

/** Where a stored record stands. Only {@link #ACCEPTED} records are part of the ledger. */
public enum RecordState {
    /** Verified and stored, its lot positions not yet all claimed: an append in progress or interrupted. */
    PENDING,
    ACCEPTED,
    REJECTED
}

package io.trazo.ledger.log;

/** A proof was asked for something the published log cannot prove; a bad or early request, never a fork. */
public final class LogLookupException extends Exception {

    /** Why there is no proof. */
    public enum Reason {
        /** The log has no leaf for this record hash (yet): unknown, not accepted, or not integrated. */
        UNKNOWN_RECORD,
        /** The record's leaf lies beyond the requested tree size. */
        NOT_IN_TREE,
        /** The size is not positive, not ordered, or beyond the latest published checkpoint. */
        SIZE_NOT_PUBLISHED,
        /** No checkpoint was published at this size. */
        NO_CHECKPOINT_AT_SIZE,
        /** The log has published no checkpoint yet. */
        NOTHING_PUBLISHED,
        /** A leaf under the latest checkpoint has no entry in the leaf index, or its record is gone: a broken store. */
        ENTRY_MISSING
    }

    private final Reason reason;

    private LogLookupException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Whether asking again later may succeed (the log may not have reached that far yet). */
    public boolean isRetryable() {
        return reason != Reason.NO_CHECKPOINT_AT_SIZE && reason != Reason.ENTRY_MISSING;
    }

    public static LogLookupException nothingPublished() {
        return new LogLookupException(Reason.NOTHING_PUBLISHED, "the log has published no checkpoint yet");
    }

    static LogLookupException unknownRecord(String record) {
        return new LogLookupException(Reason.UNKNOWN_RECORD, "record " + record + " is not in the log");
    }

    static LogLookupException notInTree(String record, long leafIndex, long treeSize) {
        return new LogLookupException(Reason.NOT_IN_TREE, "record " + record + " is leaf " + leafIndex
                + ", not in the tree of size " + treeSize);
    }

    static LogLookupException sizeNotPublished(String what, long latest) {
        return new LogLookupException(Reason.SIZE_NOT_PUBLISHED, what + "; the latest checkpoint has size " + latest);
    }

    static LogLookupException noCheckpoint(long size) {
        return new LogLookupException(Reason.NO_CHECKPOINT_AT_SIZE, "no checkpoint was published at size " + size);
    }

    static LogLookupException missingEntry(long leafIndex) {
        return new LogLookupException(Reason.ENTRY_MISSING, "leaf " + leafIndex + " has no entry the store can serve"
                + " (its leaf-index entry or its record is missing)");
    }
}

package io.trazo.ledger.merkle.checkpoint;

/** A checkpoint body that is not a strict C2SP tlog-checkpoint, or is for another log. Never retryable. */
public final class CheckpointException extends Exception {

    /** Why the checkpoint was rejected. */
    public enum Reason {
        /** Fewer than three newline-terminated lines, or the text does not end in a newline. */
        TOO_FEW_LINES,
        /** The origin line is empty. */
        EMPTY_ORIGIN,
        /** The size is not a decimal without sign or leading zeros that fits in 63 bits. */
        BAD_SIZE,
        /** The root is not canonical base64 of exactly 32 bytes. */
        BAD_ROOT,
        /** An extension line is empty. */
        EMPTY_EXTENSION_LINE,
        /** A line exceeds {@link Checkpoint#MAX_LINE_BYTES}. */
        LINE_TOO_LONG,
        /** More than {@link Checkpoint#MAX_EXTENSION_LINES} extension lines. */
        TOO_MANY_EXTENSION_LINES,
        /** The origin is not the one the verifier expects. */
        ORIGIN_MISMATCH,
        /** A tlog-witness {@code add-checkpoint} body is not old-size line, proof lines, empty line, note. */
        MALFORMED_WITNESS_REQUEST
    }

    private final Reason reason;

    CheckpointException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    CheckpointException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

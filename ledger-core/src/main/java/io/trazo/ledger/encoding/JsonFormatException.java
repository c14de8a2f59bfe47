package io.trazo.ledger.encoding;

import java.util.Objects;

/** Input that is not strict I-JSON. Every instance names one {@link Reason} and where it was found. */
public final class JsonFormatException extends RuntimeException {

    /** Why input was refused; the names are stable and appear in receipts and reports. */
    public enum Reason {
        TOO_LARGE,
        INVALID_UTF8,
        MALFORMED,
        TRAILING_DATA,
        TOO_DEEP,
        DUPLICATE_KEY,
        LONE_SURROGATE,
        UNSAFE_INTEGER,
        NUMBER_OUT_OF_RANGE
    }

    private final Reason reason;
    private final String path;
    private final String detail;

    JsonFormatException(Reason reason, String path, String message, Throwable cause) {
        super(reason + " at " + (path.isEmpty() ? "\"\"" : path) + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason);
        this.path = path;
        this.detail = message;
    }

    JsonFormatException(Reason reason, String path, String message) {
        this(reason, path, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /**
     * The same refusal seen from one level further out, so that a writer can build the pointer while
     * unwinding instead of tracking it on the hot path.
     */
    JsonFormatException under(String parentPointer) {
        return new JsonFormatException(reason, parentPointer + path, detail, getCause());
    }

    /** RFC 6901 JSON Pointer to the offending value, empty for the whole document. */
    public String path() {
        return path;
    }
}

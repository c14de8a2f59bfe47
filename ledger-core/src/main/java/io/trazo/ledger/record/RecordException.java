package io.trazo.ledger.record;

import java.util.Objects;

/** A record that cannot be read as protocol v1. Carries one {@link ReasonCode} and a JSON pointer. */
public final class RecordException extends RuntimeException {

    private final ReasonCode code;
    private final String path;

    public RecordException(ReasonCode code, String path, String message, Throwable cause) {
        super(code + " at " + (path.isEmpty() ? "\"\"" : path) + ": " + message, cause);
        this.code = Objects.requireNonNull(code);
        this.path = path;
    }

    public RecordException(ReasonCode code, String path, String message) {
        this(code, path, message, null);
    }

    public ReasonCode code() {
        return code;
    }

    public String path() {
        return path;
    }

    /** The message without the code and path prefix. */
    public String detail() {
        String m = getMessage();
        int colon = m.indexOf(": ");
        return colon < 0 ? m : m.substring(colon + 2);
    }
}

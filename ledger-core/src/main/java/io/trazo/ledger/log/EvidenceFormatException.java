package io.trazo.ledger.log;

/** Log evidence that is not strictly in the documented JSON form; {@link #path()} is a JSON Pointer. */
public final class EvidenceFormatException extends Exception {

    private final String path;

    EvidenceFormatException(String path, String message) {
        super((path.isEmpty() ? "evidence" : path) + ": " + message);
        this.path = path;
    }

    public String path() {
        return path;
    }
}

package io.trazo.ledger.merkle.note;

/** A cosignature line that is malformed or does not verify (protocol §19.2); permanent, never retryable. */
public final class CosignatureException extends Exception {

    /** Why the cosignature was rejected. */
    public enum Reason {
        /** Not {@code — name base64(keyID[4] ‖ u64 time ‖ signature[64])}, or the time is past 2^63−1. */
        MALFORMED,
        /** The line names another key (name or key ID). */
        WRONG_KEY,
        /** The Ed25519 signature does not verify over the {@code cosignature/v1} message. */
        INVALID_SIGNATURE
    }

    private final Reason reason;

    CosignatureException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package io.trazo.ledger.statusmap;

/** A status proof that does not prove what it claims (docs/protocol.md §20.4), with the step that failed. */
public final class StatusProofException extends Exception {

    /** The §20.4 verification outcome that failed. */
    public enum Reason {
        /** The bytes do not parse exactly, or the deepest sibling is empty (steps 1–2). */
        MALFORMED,
        /** The terminal leaf is the proved key itself or is not on its path (step 3). */
        WRONG_KEY,
        /** The recomputed root is not the expected root (step 5). */
        ROOT_MISMATCH
    }

    private final Reason reason;

    private StatusProofException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    static StatusProofException malformed(String detail) {
        return new StatusProofException(Reason.MALFORMED, "malformed status proof: " + detail);
    }

    static StatusProofException wrongKey(String detail) {
        return new StatusProofException(Reason.WRONG_KEY, "status proof for another key: " + detail);
    }

    static StatusProofException rootMismatch(String expected, String actual) {
        return new StatusProofException(Reason.ROOT_MISMATCH, "status proof leads to root " + actual + ", expected " + expected);
    }

    public Reason reason() {
        return reason;
    }
}

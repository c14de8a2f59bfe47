package io.trazo.ledger.merkle.note;

/** A signed note that is malformed or does not verify (C2SP signed-note); permanent, never retryable. */
public final class NoteException extends Exception {

    /** Why the note was rejected. */
    public enum Reason {
        /** Larger than {@link SignedNotes#MAX_NOTE_BYTES}. */
        TOO_LARGE,
        /** Not well-formed UTF-8. */
        NOT_UTF8,
        /** A control character other than newline. */
        CONTROL_CHARACTER,
        /** No blank line separates text from signatures, or no signature lines follow it. */
        MISSING_SIGNATURES,
        /** A signature line is not {@code — name base64\n}, or its payload is shorter than 5 bytes. */
        MALFORMED_SIGNATURE_LINE,
        /** More than {@link SignedNotes#MAX_SIGNATURES} signature lines. */
        TOO_MANY_SIGNATURES,
        /** A known key's signature is not 64 bytes. */
        WRONG_SIGNATURE_LENGTH,
        /** A known key's signature does not verify. */
        INVALID_SIGNATURE,
        /** No signature from a known key. */
        NO_VERIFIABLE_SIGNATURE
    }

    private final Reason reason;

    NoteException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

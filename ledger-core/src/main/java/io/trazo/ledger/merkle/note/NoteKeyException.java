package io.trazo.ledger.merkle.note;

/** A verifier or signer key string that is not a valid C2SP signed-note Ed25519 key (type 0x01) or
 * tlog-cosignature Ed25519 cosigner key (type 0x04). */
public final class NoteKeyException extends IllegalArgumentException {

    /** What is wrong with the key. */
    public enum Reason {
        /** Not {@code name+hex8+base64} (or the {@code PRIVATE+KEY+} form), or too long. */
        MALFORMED,
        /** The name is empty, contains a space or {@code +}, or is too long. */
        BAD_NAME,
        /** The key bytes are not canonical base64. */
        BAD_BASE64,
        /** The type byte is not the expected one: 0x01 for note keys, 0x04 for cosigner keys. */
        UNKNOWN_TYPE,
        /** The key after the type byte is not 32 bytes. */
        WRONG_LENGTH,
        /** The key ID in the string does not match the one computed from name and key. */
        KEY_ID_MISMATCH
    }

    private final Reason reason;

    NoteKeyException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

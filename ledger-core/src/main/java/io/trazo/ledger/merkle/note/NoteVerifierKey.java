package io.trazo.ledger.merkle.note;

/**
 * An Ed25519 signed-note verifier key (C2SP signed-note, "Verifier keys"):
 * {@code name+hex8(keyID)+base64(0x01 ‖ publicKey)} with
 * {@code keyID = SHA-256(name ‖ 0x0A ‖ 0x01 ‖ publicKey)[:4]}.
 *
 * <p>Parsing and encoding are {@link TypedVerifierKey}'s; this type stays separate from {@link CosignerKey},
 * with the same accessors, so a cosigner key can never be passed where a note-signing key is expected.
 */
public final class NoteVerifierKey {

    private final TypedVerifierKey key;

    private NoteVerifierKey(TypedVerifierKey key) {
        this.key = key;
    }

    /**
     * Parses a vkey, splitting on the first two {@code +} only (base64 may contain {@code +}).
     *
     * @throws NoteKeyException with the precise reason
     */
    public static NoteVerifierKey parse(String vkey) {
        return new NoteVerifierKey(TypedVerifierKey.parse(vkey, NoteKeys.ED25519_TYPE, "verifier key"));
    }

    /** The key for an Ed25519 public key of 32 bytes. */
    public static NoteVerifierKey of(String name, byte[] publicKey) {
        return new NoteVerifierKey(TypedVerifierKey.of(name, NoteKeys.ED25519_TYPE, publicKey));
    }

    public String name() {
        return key.name();
    }

    /** The 4-byte key ID as a big-endian int. */
    public int keyId() {
        return key.keyId();
    }

    public byte[] publicKey() {
        return key.publicKey();
    }

    /**
     * Verifies an Ed25519 signature over {@code message}, checking its length first (see
     * {@link TypedVerifierKey#verify}).
     */
    boolean verify(byte[] message, byte[] signature) {
        return key.verify(message, signature);
    }

    /** The vkey string. */
    public String encode() {
        return key.encode();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteVerifierKey that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return encode();
    }
}

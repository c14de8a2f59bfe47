package io.trazo.ledger.merkle.note;

/**
 * A witness's Ed25519 cosigner verifier key (C2SP tlog-cosignature, protocol §19.1):
 * {@code name+hex8(keyID)+base64(0x04 ‖ publicKey)} with
 * {@code keyID = SHA-256(name ‖ 0x0A ‖ 0x04 ‖ publicKey)[:4]}. The type byte 0x04 keeps a cosigner
 * key apart from a note-signing (0x01) key with the same bytes.
 *
 * <p>Parsing and encoding are {@link TypedVerifierKey}'s; this type stays separate from {@link NoteVerifierKey},
 * with the same accessors, so a note-signing key can never be passed where a cosigner key is expected.
 */
public final class CosignerKey {

    private final TypedVerifierKey key;

    private CosignerKey(TypedVerifierKey key) {
        this.key = key;
    }

    /**
     * Parses a cosigner vkey, splitting on the first two {@code +} only.
     *
     * @throws NoteKeyException with the precise reason (a 0x01 note key is {@code UNKNOWN_TYPE})
     */
    public static CosignerKey parse(String vkey) {
        return new CosignerKey(TypedVerifierKey.parse(vkey, NoteKeys.COSIGNATURE_V1_TYPE, "cosigner key"));
    }

    /** The cosigner key for a 32-byte Ed25519 public key. */
    public static CosignerKey of(String name, byte[] publicKey) {
        return new CosignerKey(TypedVerifierKey.of(name, NoteKeys.COSIGNATURE_V1_TYPE, publicKey));
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

    /** Whether {@code cosignature} claims to come from this key (same name and key ID). */
    public boolean matches(Cosignature cosignature) {
        return key.name().equals(cosignature.name()) && key.keyId() == cosignature.keyId();
    }

    /**
     * Verifies {@code cosignature} over the checkpoint note text {@code noteText} (§19.2).
     *
     * @throws CosignatureException {@code WRONG_KEY} if it names another key, {@code INVALID_SIGNATURE}
     *     if the Ed25519 signature does not verify over the {@code cosignature/v1} message
     */
    public void verify(Cosignature cosignature, String noteText) throws CosignatureException {
        if (!matches(cosignature)) {
            throw new CosignatureException(CosignatureException.Reason.WRONG_KEY, "cosignature is by "
                    + cosignature.name() + "+" + NoteKeys.hex8(cosignature.keyId()) + ", expected " + key.name() + "+"
                    + NoteKeys.hex8(key.keyId()));
        }
        byte[] message = CosignatureMessage.of(cosignature.timestamp(), noteText);
        // 64 bytes are guaranteed by Cosignature.parse; key.verify checks again because JDK verifiers take 65.
        if (!key.verify(message, cosignature.signature())) {
            throw new CosignatureException(CosignatureException.Reason.INVALID_SIGNATURE,
                    "cosignature by " + key.name() + " at time " + cosignature.timestamp() + " does not verify");
        }
    }

    /** The vkey string. */
    public String encode() {
        return key.encode();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CosignerKey that && key.equals(that.key);
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

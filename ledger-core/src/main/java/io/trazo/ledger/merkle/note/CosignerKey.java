package io.trazo.ledger.merkle.note;

import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * A witness's Ed25519 cosigner verifier key (C2SP tlog-cosignature, protocol §19.1):
 * {@code name+hex8(keyID)+base64(0x04 ‖ publicKey)} with
 * {@code keyID = SHA-256(name ‖ 0x0A ‖ 0x04 ‖ publicKey)[:4]}. The type byte 0x04 keeps a cosigner
 * key apart from a note-signing (0x01) key with the same bytes.
 */
public final class CosignerKey {

    private final String name;
    private final int keyId;
    private final byte[] publicKey;

    private CosignerKey(String name, byte[] publicKey) {
        this.name = name;
        this.publicKey = publicKey;
        this.keyId = NoteKeys.keyId(name, NoteKeys.COSIGNATURE_V1_TYPE, publicKey);
    }

    /**
     * Parses a cosigner vkey, splitting on the first two {@code +} only.
     *
     * @throws NoteKeyException with the precise reason (a 0x01 note key is {@code UNKNOWN_TYPE})
     */
    public static CosignerKey parse(String vkey) {
        if (vkey.length() > NoteKeys.MAX_KEY_CHARS) {
            throw new NoteKeyException(NoteKeyException.Reason.MALFORMED,
                    "cosigner key is longer than " + NoteKeys.MAX_KEY_CHARS + " characters");
        }
        String[] parts = vkey.split("\\+", 3);
        if (parts.length != 3) {
            throw new NoteKeyException(NoteKeyException.Reason.MALFORMED, "cosigner key is not name+hex8+base64");
        }
        byte[] typed = NoteKeys.parseTypedKey(parts[0], parts[1], parts[2], "cosigner key",
                NoteKeys.COSIGNATURE_V1_TYPE);
        CosignerKey key = new CosignerKey(parts[0], Arrays.copyOfRange(typed, 1, typed.length));
        NoteKeys.requireKeyId(NoteKeys.parseHex8(parts[1]), key.keyId, "cosigner key");
        return key;
    }

    /** The cosigner key for a 32-byte Ed25519 public key. */
    public static CosignerKey of(String name, byte[] publicKey) {
        if (!NoteKeys.isValidName(name)) {
            throw new NoteKeyException(NoteKeyException.Reason.BAD_NAME, "invalid key name: " + name);
        }
        if (publicKey.length != Ed25519.PUBLIC_KEY_SIZE) {
            throw new NoteKeyException(NoteKeyException.Reason.WRONG_LENGTH,
                    "public key is " + publicKey.length + " bytes, expected 32");
        }
        return new CosignerKey(name, publicKey.clone());
    }

    public String name() {
        return name;
    }

    /** The 4-byte key ID as a big-endian int. */
    public int keyId() {
        return keyId;
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** Whether {@code cosignature} claims to come from this key (same name and key ID). */
    public boolean matches(Cosignature cosignature) {
        return name.equals(cosignature.name()) && keyId == cosignature.keyId();
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
                    + cosignature.name() + "+" + NoteKeys.hex8(cosignature.keyId()) + ", expected " + name + "+"
                    + NoteKeys.hex8(keyId));
        }
        byte[] message = CosignatureMessage.of(cosignature.timestamp(), noteText);
        byte[] signature = cosignature.signature();
        // 64 bytes are guaranteed by Cosignature.parse; checked again because JDK verifiers take 65.
        if (signature.length != Ed25519.SIGNATURE_SIZE
                || !Ed25519.verify(signature, 0, publicKey, 0, message, 0, message.length)) {
            throw new CosignatureException(CosignatureException.Reason.INVALID_SIGNATURE,
                    "cosignature by " + name + " at time " + cosignature.timestamp() + " does not verify");
        }
    }

    /** The vkey string. */
    public String encode() {
        byte[] typed = new byte[1 + publicKey.length];
        typed[0] = NoteKeys.COSIGNATURE_V1_TYPE;
        System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
        return name + "+" + NoteKeys.hex8(keyId) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CosignerKey that && name.equals(that.name) && Arrays.equals(publicKey, that.publicKey);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + keyId;
    }

    @Override
    public String toString() {
        return encode();
    }
}

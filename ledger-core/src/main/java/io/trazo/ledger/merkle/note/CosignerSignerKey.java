package io.trazo.ledger.merkle.note;

import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * A witness's Ed25519 cosigner signing key, in Trazo's key-file form
 * {@code PRIVATE+KEY+name+hex8(keyID)+base64(0x04 ‖ seed)} (protocol §19.1).
 *
 * <p>Trust boundary: this key lives only in the witness process that holds it; the log never sees it.
 * {@link #toString()} never prints the seed.
 */
public final class CosignerSignerKey {

    private static final String PREFIX = "PRIVATE+KEY+";

    private final byte[] seed;
    private final CosignerKey verifierKey;

    private CosignerSignerKey(String name, byte[] seed) {
        this.seed = seed;
        byte[] publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, publicKey, 0);
        this.verifierKey = CosignerKey.of(name, publicKey);
    }

    /** A signer for a 32-byte Ed25519 seed (RFC 8032 §5.1.5 private key). */
    public static CosignerSignerKey of(String name, byte[] seed) {
        if (seed.length != Ed25519.SECRET_KEY_SIZE) {
            throw new NoteKeyException(NoteKeyException.Reason.WRONG_LENGTH,
                    "seed is " + seed.length + " bytes, expected 32");
        }
        if (!NoteKeys.isValidName(name)) {
            throw new NoteKeyException(NoteKeyException.Reason.BAD_NAME, "invalid key name: " + name);
        }
        return new CosignerSignerKey(name, seed.clone());
    }

    /** Parses the key-file form, checking the key ID against the derived public key. */
    public static CosignerSignerKey parse(String skey) {
        if (!skey.startsWith(PREFIX) || skey.length() > NoteKeys.MAX_KEY_CHARS) {
            throw new NoteKeyException(NoteKeyException.Reason.MALFORMED, "cosigner signer key does not start with "
                    + PREFIX);
        }
        String[] parts = skey.substring(PREFIX.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new NoteKeyException(NoteKeyException.Reason.MALFORMED,
                    "cosigner signer key is not PRIVATE+KEY+name+hex8+base64");
        }
        byte[] typed = NoteKeys.parseTypedKey(parts[0], parts[1], parts[2], "cosigner signer key",
                NoteKeys.COSIGNATURE_V1_TYPE);
        CosignerSignerKey key = new CosignerSignerKey(parts[0], Arrays.copyOfRange(typed, 1, typed.length));
        Arrays.fill(typed, (byte) 0);
        NoteKeys.requireKeyId(NoteKeys.parseHex8(parts[1]), key.verifierKey.keyId(), "cosigner signer key");
        return key;
    }

    /** The key-file text, for writing once at generation; callers own the secret it returns. */
    public String encodePrivate() {
        byte[] typed = new byte[1 + seed.length];
        typed[0] = NoteKeys.COSIGNATURE_V1_TYPE;
        System.arraycopy(seed, 0, typed, 1, seed.length);
        return PREFIX + verifierKey.name() + "+" + NoteKeys.hex8(verifierKey.keyId()) + "+"
                + Base64.getEncoder().encodeToString(typed);
    }

    public CosignerKey verifierKey() {
        return verifierKey;
    }

    /**
     * Cosigns the checkpoint note text {@code noteText} at POSIX time {@code timestamp} (§19.2).
     * Deterministic: the same inputs give the same line.
     *
     * @throws IllegalArgumentException if {@code timestamp} is negative or the text is not note text
     */
    public Cosignature cosign(String noteText, long timestamp) {
        byte[] message = CosignatureMessage.of(timestamp, noteText);
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, message, 0, message.length, signature, 0);
        return new Cosignature(verifierKey.name(), verifierKey.keyId(), timestamp, signature);
    }

    @Override
    public String toString() {
        return "CosignerSignerKey[" + verifierKey.encode() + "]";
    }
}

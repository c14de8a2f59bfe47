package io.trazo.ledger.merkle.note;

import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 signed-note signer key in the golang.org/x/mod form
 * {@code PRIVATE+KEY+name+hex8(keyID)+base64(0x01 ‖ seed)}.
 *
 * <p>Trust boundary: a signer key lives only in the component that appends to the log and signs its
 * checkpoints. {@link #toString()} never prints the seed.
 */
public final class NoteSignerKey {

    private static final String PREFIX = "PRIVATE+KEY+";

    private final byte[] seed;
    private final NoteVerifierKey verifierKey;

    private NoteSignerKey(String name, byte[] seed) {
        this.seed = seed;
        byte[] publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, publicKey, 0);
        this.verifierKey = NoteVerifierKey.of(name, publicKey);
    }

    /** Parses the {@code PRIVATE+KEY+...} form, checking the key ID against the derived public key. */
    public static NoteSignerKey parse(String skey) {
        if (!skey.startsWith(PREFIX) || skey.length() > NoteKeys.MAX_KEY_CHARS) {
            throw new NoteKeyException(NoteKeyException.Reason.MALFORMED, "signer key does not start with " + PREFIX);
        }
        String[] parts = skey.substring(PREFIX.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new NoteKeyException(NoteKeyException.Reason.MALFORMED,
                    "signer key is not PRIVATE+KEY+name+hex8+base64");
        }
        byte[] typed = NoteKeys.parseTypedKey(parts[0], parts[1], parts[2], "signer key");
        NoteSignerKey key = new NoteSignerKey(parts[0], Arrays.copyOfRange(typed, 1, typed.length));
        Arrays.fill(typed, (byte) 0);
        NoteKeys.requireKeyId(NoteKeys.parseHex8(parts[1]), key.verifierKey.keyId(), "signer key");
        return key;
    }

    /** A signer for a 32-byte Ed25519 seed (RFC 8032 §5.1.5 private key). */
    public static NoteSignerKey of(String name, byte[] seed) {
        if (seed.length != Ed25519.SECRET_KEY_SIZE) {
            throw new NoteKeyException(NoteKeyException.Reason.WRONG_LENGTH, "seed is " + seed.length
                    + " bytes, expected 32");
        }
        if (!NoteKeys.isValidName(name)) {
            throw new NoteKeyException(NoteKeyException.Reason.BAD_NAME, "invalid key name: " + name);
        }
        return new NoteSignerKey(name, seed.clone());
    }

    public String name() {
        return verifierKey.name();
    }

    /**
     * The {@code PRIVATE+KEY+name+hex8(keyID)+base64(0x01 ‖ seed)} text, for writing a key file once
     * at generation. Callers own the returned secret; nothing else in the code base prints it.
     */
    public String encodePrivate() {
        byte[] typed = new byte[1 + seed.length];
        typed[0] = 1;
        System.arraycopy(seed, 0, typed, 1, seed.length);
        return PREFIX + name() + "+" + String.format("%08x", keyId()) + "+" + java.util.Base64.getEncoder().encodeToString(typed);
    }

    public int keyId() {
        return verifierKey.keyId();
    }

    public NoteVerifierKey verifierKey() {
        return verifierKey;
    }

    /** Deterministic Ed25519 (RFC 8032 §5.1.6) over {@code message}: 64 bytes. */
    byte[] sign(byte[] message) {
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    @Override
    public String toString() {
        return "NoteSignerKey[" + verifierKey.encode() + "]";
    }
}

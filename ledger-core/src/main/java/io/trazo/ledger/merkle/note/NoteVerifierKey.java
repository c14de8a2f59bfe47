package io.trazo.ledger.merkle.note;

import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 signed-note verifier key (C2SP signed-note, "Verifier keys"):
 * {@code name+hex8(keyID)+base64(0x01 ‖ publicKey)} with
 * {@code keyID = SHA-256(name ‖ 0x0A ‖ 0x01 ‖ publicKey)[:4]}.
 */
public final class NoteVerifierKey {

    private final String name;
    private final int keyId;
    private final byte[] publicKey;

    private NoteVerifierKey(String name, byte[] publicKey) {
        this.name = name;
        this.publicKey = publicKey;
        this.keyId = NoteKeys.keyId(name, NoteKeys.ED25519_TYPE, publicKey);
    }

    /**
     * Parses a vkey, splitting on the first two {@code +} only (base64 may contain {@code +}).
     *
     * @throws NoteKeyException with the precise reason
     */
    public static NoteVerifierKey parse(String vkey) {
        if (vkey.length() > NoteKeys.MAX_KEY_CHARS) {
            throw new NoteKeyException(NoteKeyException.Reason.MALFORMED, "verifier key is longer than "
                    + NoteKeys.MAX_KEY_CHARS + " characters");
        }
        String[] parts = vkey.split("\\+", 3);
        if (parts.length != 3) {
            throw new NoteKeyException(NoteKeyException.Reason.MALFORMED, "verifier key is not name+hex8+base64");
        }
        byte[] typed = NoteKeys.parseTypedKey(parts[0], parts[1], parts[2], "verifier key");
        NoteVerifierKey key = new NoteVerifierKey(parts[0], Arrays.copyOfRange(typed, 1, typed.length));
        NoteKeys.requireKeyId(NoteKeys.parseHex8(parts[1]), key.keyId, "verifier key");
        return key;
    }

    /** The key for an Ed25519 public key of 32 bytes. */
    public static NoteVerifierKey of(String name, byte[] publicKey) {
        if (!NoteKeys.isValidName(name)) {
            throw new NoteKeyException(NoteKeyException.Reason.BAD_NAME, "invalid key name: " + name);
        }
        if (publicKey.length != Ed25519.PUBLIC_KEY_SIZE) {
            throw new NoteKeyException(NoteKeyException.Reason.WRONG_LENGTH,
                    "public key is " + publicKey.length + " bytes, expected 32");
        }
        return new NoteVerifierKey(name, publicKey.clone());
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

    /**
     * Verifies an Ed25519 signature over {@code message}. The length is checked here because some
     * verifiers accept a 65-byte signature (JDK 17, Wycheproof tcId 37).
     */
    boolean verify(byte[] message, byte[] signature) {
        return signature.length == Ed25519.SIGNATURE_SIZE
                && Ed25519.verify(signature, 0, publicKey, 0, message, 0, message.length);
    }

    /** The vkey string. */
    public String encode() {
        byte[] typed = new byte[1 + publicKey.length];
        typed[0] = NoteKeys.ED25519_TYPE;
        System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
        return name + "+" + NoteKeys.hex8(keyId) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteVerifierKey that && name.equals(that.name) && Arrays.equals(publicKey, that.publicKey);
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

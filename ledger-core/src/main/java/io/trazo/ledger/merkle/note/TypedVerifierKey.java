package io.trazo.ledger.merkle.note;

import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * The one parser and encoder of {@code name+hex8(keyID)+base64(type ‖ publicKey)}, the text of both a
 * signed-note verifier key (type 0x01, C2SP signed-note) and a cosigner key (type 0x04, C2SP
 * tlog-cosignature, protocol §19.1), with {@code keyID = SHA-256(name ‖ 0x0A ‖ type ‖ publicKey)[:4]}.
 * The public key types wrap it, so the two key kinds accept exactly the same spellings and differ only
 * in their type byte.
 */
final class TypedVerifierKey {

    private final String name;
    private final byte type;
    private final int keyId;
    private final byte[] publicKey;

    private TypedVerifierKey(String name, byte type, byte[] publicKey) {
        this.name = name;
        this.type = type;
        this.publicKey = publicKey;
        this.keyId = NoteKeys.keyId(name, type, publicKey);
    }

    /**
     * Parses {@code vkey}, splitting on the first two {@code +} only (base64 may contain {@code +}).
     * {@code what} names the key kind in messages ("verifier key", "cosigner key").
     *
     * @throws NoteKeyException with the precise reason (another type byte is {@code UNKNOWN_TYPE})
     */
    static TypedVerifierKey parse(String vkey, byte type, String what) {
        if (vkey.length() > NoteKeys.MAX_KEY_CHARS) {
            throw new NoteKeyException(NoteKeyException.Reason.MALFORMED,
                    what + " is longer than " + NoteKeys.MAX_KEY_CHARS + " characters");
        }
        String[] parts = vkey.split("\\+", 3);
        if (parts.length != 3) {
            throw new NoteKeyException(NoteKeyException.Reason.MALFORMED, what + " is not name+hex8+base64");
        }
        byte[] typed = NoteKeys.parseTypedKey(parts[0], parts[1], parts[2], what, type);
        TypedVerifierKey key = new TypedVerifierKey(parts[0], type, Arrays.copyOfRange(typed, 1, typed.length));
        NoteKeys.requireKeyId(NoteKeys.parseHex8(parts[1]), key.keyId, what);
        return key;
    }

    /** The key of {@code type} for a 32-byte Ed25519 public key. */
    static TypedVerifierKey of(String name, byte type, byte[] publicKey) {
        if (!NoteKeys.isValidName(name)) {
            throw new NoteKeyException(NoteKeyException.Reason.BAD_NAME, "invalid key name: " + name);
        }
        if (publicKey.length != Ed25519.PUBLIC_KEY_SIZE) {
            throw new NoteKeyException(NoteKeyException.Reason.WRONG_LENGTH,
                    "public key is " + publicKey.length + " bytes, expected 32");
        }
        return new TypedVerifierKey(name, type, publicKey.clone());
    }

    String name() {
        return name;
    }

    int keyId() {
        return keyId;
    }

    byte[] publicKey() {
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

    String encode() {
        byte[] typed = new byte[1 + publicKey.length];
        typed[0] = type;
        System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
        return name + "+" + NoteKeys.hex8(keyId) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypedVerifierKey that && type == that.type && name.equals(that.name)
                && Arrays.equals(publicKey, that.publicKey);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + keyId;
    }
}

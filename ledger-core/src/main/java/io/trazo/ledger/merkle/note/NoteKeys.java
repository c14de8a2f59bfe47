package io.trazo.ledger.merkle.note;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** Encoding rules shared by verifier and signer keys (C2SP signed-note, "Verifier keys"). */
final class NoteKeys {

    /** Signature type of Ed25519 note signatures. */
    static final byte ED25519_TYPE = 0x01;

    /** Signature type of Ed25519 {@code cosignature/v1} lines (C2SP tlog-cosignature). */
    static final byte COSIGNATURE_V1_TYPE = 0x04;

    /** Longest key name accepted, in UTF-8 bytes (C2SP sets no limit; this is our bound). */
    static final int MAX_NAME_BYTES = 256;

    /** Longest key string accepted. */
    static final int MAX_KEY_CHARS = 512;

    private NoteKeys() {}

    /** {@code SHA-256(name ‖ 0x0A ‖ type ‖ key)[:4]} as a big-endian unsigned 32-bit value. */
    static int keyId(String name, byte type, byte[] key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(type);
            digest.update(key);
            byte[] hash = digest.digest();
            return (hash[0] & 0xff) << 24 | (hash[1] & 0xff) << 16 | (hash[2] & 0xff) << 8 | (hash[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** Non-empty, at most {@link #MAX_NAME_BYTES}, no Unicode space and no {@code +}. */
    static boolean isValidName(String name) {
        if (name.isEmpty() || name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            return false;
        }
        return name.codePoints().noneMatch(c -> c == '+' || Character.isWhitespace(c)
                || Character.isSpaceChar(c) || c == 0x85 || Character.isISOControl(c)
                || (c >= 0xD800 && c <= 0xDFFF));
    }

    static String hex8(int keyId) {
        return HexFormat.of().toHexDigits(keyId);
    }

    static int parseHex8(String hex) {
        if (hex.length() != 8 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new NoteKeyException(NoteKeyException.Reason.MALFORMED, "key ID is not 8 hex digits: " + hex);
        }
        return (int) Long.parseLong(hex, 16);
    }

    /** Decodes RFC 4648 §4 base64 and insists on the one canonical spelling. */
    static byte[] canonicalBase64(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return Base64.getEncoder().encodeToString(bytes).equals(text) ? bytes : null;
    }

    /** Name, key ID and typed key bytes of {@code name+hex8+base64(type ‖ key)}, all checked. */
    static byte[] parseTypedKey(String name, String hex, String base64, String what) {
        return parseTypedKey(name, hex, base64, what, ED25519_TYPE);
    }

    /** As above, for a key of signature type {@code type} (0x01 note keys, 0x04 cosigner keys). */
    static byte[] parseTypedKey(String name, String hex, String base64, String what, byte type) {
        if (!isValidName(name)) {
            throw new NoteKeyException(NoteKeyException.Reason.BAD_NAME, what + " has an invalid name: " + name);
        }
        int claimedId = parseHex8(hex);
        byte[] typed;
        try {
            typed = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new NoteKeyException(NoteKeyException.Reason.BAD_BASE64, what + " key is not base64");
        }
        if (typed.length == 0) {
            throw new NoteKeyException(NoteKeyException.Reason.WRONG_LENGTH, what + " has no key bytes");
        }
        if (typed[0] != type) {
            throw new NoteKeyException(NoteKeyException.Reason.UNKNOWN_TYPE,
                    String.format("%s has key type 0x%02x, expected 0x%02x", what, typed[0], type));
        }
        if (typed.length != 33) {
            throw new NoteKeyException(NoteKeyException.Reason.WRONG_LENGTH,
                    what + " key is " + (typed.length - 1) + " bytes after the type byte, expected 32");
        }
        if (canonicalBase64(base64) == null) {
            throw new NoteKeyException(NoteKeyException.Reason.BAD_BASE64, what + " key is not canonical base64");
        }
        return typed;
    }

    static void requireKeyId(int claimed, int computed, String what) {
        if (claimed != computed) {
            throw new NoteKeyException(NoteKeyException.Reason.KEY_ID_MISMATCH,
                    what + " key ID is " + hex8(claimed) + ", computed " + hex8(computed));
        }
    }
}

package io.trazo.ledger.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Names a public key inside records: {@code "ed25519:" + hex(SHA-256("trazo:key-id:v1" ‖ 0x00 ‖ pk)[0:16])}.
 * 128 bits keep identifiers short while a collision stays far out of reach; the registry refuses a
 * second key with an identifier it already knows, so a collision could never silently alias two keys.
 */
public record KeyId(String value) {

    static final byte[] DOMAIN = "trazo:key-id:v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final String PREFIX = "ed25519:";
    private static final int HEX_DIGITS = 32;

    public KeyId {
        if (!isForm(value)) {
            throw new IllegalArgumentException("key id must match ed25519:<32 lower-case hex digits>, got \"" + value + "\"");
        }
    }

    /**
     * {@code ed25519:[0-9a-f]{32}}, by a scan: every signature of every record names its key, and the
     * regex's matcher was a visible share of reading a record's signatures.
     */
    static boolean isForm(String value) {
        if (value.length() != PREFIX.length() + HEX_DIGITS || !value.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    public static KeyId of(PublicKey key) {
        return derive(key.internal());
    }

    /**
     * The key id of a public key's encoding, canonical unpadded base64url of 32 bytes, without deciding
     * whether those bytes are a valid point: what the status map's fold reads of a key record
     * (docs/protocol.md §20.2). Never use it to accept a key; {@link PublicKey#fromBase64Url} does that.
     *
     * @throws CryptoException if {@code base64Url} is not canonical base64url of exactly 32 bytes
     */
    public static KeyId ofEncoded(String base64Url) {
        byte[] bytes;
        try {
            bytes = Base64Url.decode(base64Url);
        } catch (IllegalArgumentException e) {
            throw CryptoException.badEncoding("public key", e.getMessage());
        }
        if (bytes.length != PublicKey.LENGTH) {
            throw CryptoException.badKeyLength("Ed25519 public key", bytes.length);
        }
        return derive(bytes);
    }

    private static KeyId derive(byte[] encoded) {
        byte[] digest = Digest.sha256(DOMAIN, encoded).toBytes();
        return new KeyId("ed25519:" + Hex.encode(Arrays.copyOf(digest, 16)));
    }

    @Override
    public String toString() {
        return value;
    }
}

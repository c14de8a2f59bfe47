package io.trazo.ledger.crypto;

import java.util.Base64;

/**
 * Unpadded base64url (RFC 4648 §5), decoded strictly: padding, characters outside the URL-safe
 * alphabet and non-zero trailing bits are all refused, so every byte string has exactly one text form.
 */
public final class Base64Url {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {}

    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /** @throws IllegalArgumentException if {@code text} is not the canonical unpadded base64url of some bytes */
    public static byte[] decode(String text) {
        if (text.indexOf('=') >= 0) {
            throw new IllegalArgumentException("base64url must be unpadded");
        }
        byte[] bytes = DECODER.decode(text);
        if (!ENCODER.encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException("base64url is not canonical (non-zero trailing bits)");
        }
        return bytes;
    }
}

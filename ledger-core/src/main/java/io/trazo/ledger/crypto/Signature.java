package io.trazo.ledger.crypto;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/** A pure Ed25519 signature (RFC 8032 §5.1.6): exactly 64 bytes, R ‖ S. */
public final class Signature {

    public static final int LENGTH = 64;

    private final byte[] bytes;

    private Signature(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @throws CryptoException with {@link CryptoException.Reason#BAD_SIGNATURE_LENGTH} unless the input is
     *     exactly 64 bytes. JDK 17's SunEC accepts a 65-byte signature (Wycheproof tcId 37), so the length is
     *     checked here, before any library sees it.
     */
    public static Signature of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw CryptoException.badSignatureLength(bytes.length);
        }
        return new Signature(bytes.clone());
    }

    /** Parses unpadded base64url (RFC 4648 §5), the form signatures take inside records. */
    public static Signature fromBase64Url(String text) {
        return of(Base64Url.decode(text));
    }

    public String base64Url() {
        return Base64Url.encode(bytes);
    }

    byte[] internal() {
        return bytes;
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature other && MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return Hex.encode(bytes);
    }
}

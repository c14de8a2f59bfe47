package io.trazo.ledger.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 public key that passed full validation: canonical encoding and a point of prime order
 * (BouncyCastle {@code validatePublicKeyFull}). Small-order and non-canonical keys are refused here,
 * at registration, so no signature under them is ever considered.
 *
 * <p>The decoded point is cached, so verifying many signatures under one key decodes it once. Encodings
 * that passed validation are remembered process-wide (up to {@value #REMEMBERED}): full validation
 * multiplies the point by the group order and costs about as much as a signature check, and the same
 * few registry keys are decoded again for every verification and bundle that reaches their key records
 * (measured: 15 % of query-service's CPU on a never-seen lot, docs/benchmarks.md). Only successes of a
 * pure function are remembered, so a refused encoding is validated, and refused, every time.
 */
public final class PublicKey {

    public static final int LENGTH = 32;

    static final int REMEMBERED = 65_536;

    /** Validated encodings, each byte as one ISO-8859-1 char (an exact, one-to-one key), to their points. */
    private static final ConcurrentHashMap<String, Ed25519.PublicPoint> VALIDATED = new ConcurrentHashMap<>();

    private final byte[] bytes;
    private final Ed25519.PublicPoint point;

    private PublicKey(byte[] bytes, Ed25519.PublicPoint point) {
        this.bytes = bytes;
        this.point = point;
    }

    public static PublicKey of(byte[] encoded) {
        if (encoded.length != LENGTH) {
            throw CryptoException.badKeyLength("Ed25519 public key", encoded.length);
        }
        byte[] copy = encoded.clone();
        String encoding = new String(copy, StandardCharsets.ISO_8859_1);
        Ed25519.PublicPoint point = VALIDATED.get(encoding);
        if (point == null) {
            point = Ed25519.validatePublicKeyFullExport(copy, 0);
            if (point == null) {
                throw CryptoException.weakPublicKey(Hex.encode(copy));
            }
            if (VALIDATED.size() < REMEMBERED) {
                VALIDATED.putIfAbsent(encoding, point);
            }
        }
        return new PublicKey(copy, point);
    }

    public static PublicKey fromBase64Url(String text) {
        byte[] bytes;
        try {
            bytes = Base64Url.decode(text);
        } catch (IllegalArgumentException e) {
            throw CryptoException.badEncoding("public key", e.getMessage());
        }
        return of(bytes);
    }

    /** Whether this encoding's validation is remembered (tests). */
    static boolean remembered(byte[] encoded) {
        return VALIDATED.containsKey(new String(encoded, StandardCharsets.ISO_8859_1));
    }

    Ed25519.PublicPoint point() {
        return point;
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    public String base64Url() {
        return Base64Url.encode(bytes);
    }

    /** The key identifier used in records: see {@link KeyId#of(PublicKey)}. */
    public KeyId keyId() {
        return KeyId.of(this);
    }

    byte[] internal() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicKey other && MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ed25519:" + base64Url();
    }
}

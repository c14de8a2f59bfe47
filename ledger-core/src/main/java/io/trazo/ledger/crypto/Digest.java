package io.trazo.ledger.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A SHA-256 digest. Immutable: bytes are copied in and out.
 *
 * <p>Security note: {@link #equals} runs in time independent of where two digests differ, so that
 * comparing an attacker-supplied digest with a secret-derived one leaks nothing through timing.
 */
public final class Digest {

    public static final int LENGTH = 32;

    /** Never updated: only cloned, see {@link #newSha256}. */
    private static final MessageDigest SHA256_PROTOTYPE = lookUpSha256();

    private final byte[] bytes;

    private Digest(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Digest of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a SHA-256 digest is 32 bytes, got " + bytes.length);
        }
        return new Digest(bytes.clone());
    }

    public static Digest fromHex(String hex) {
        if (hex.length() != 2 * LENGTH) {
            throw new IllegalArgumentException("a SHA-256 digest is 64 hex digits, got " + hex.length());
        }
        return new Digest(Hex.decode(hex));
    }

    /** SHA-256 over the concatenation of the given parts (FIPS 180-4). */
    public static Digest sha256(byte[]... parts) {
        MessageDigest md = newSha256();
        for (byte[] part : parts) {
            md.update(part);
        }
        return new Digest(md.digest());
    }

    /**
     * A fresh SHA-256. Cloned from an untouched prototype: the provider look-up of
     * {@code getInstance} costs about a microsecond, several times per record. The prototype is
     * never updated, so concurrent clones only read it, and each clone's state is its own.
     */
    public static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA256_PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return lookUpSha256();
        }
    }

    private static MessageDigest lookUpSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    /** Writes the digest into {@code md} without exposing the internal array. */
    public void updateInto(MessageDigest md) {
        md.update(bytes);
    }

    public String hex() {
        return Hex.encode(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Digest other && MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}

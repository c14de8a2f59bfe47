package io.trazo.ledger.merkle;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A 32-byte SHA-256 value inside an RFC 9162 Merkle tree: a leaf hash, an interior node hash or a
 * tree root (RFC 9162 §2.1.1).
 *
 * <p>Immutable: the constructor and {@link #bytes()} copy. The hex form is lower case and
 * {@link #fromHex(String)} is its exact inverse (upper case is rejected, so every hash has one
 * spelling). The base64 form is RFC 4648 §4 with padding, the spelling used by C2SP checkpoints.
 */
public final class TreeHash {

    /** The length of every hash in the tree, in bytes (SHA-256). */
    public static final int LENGTH = 32;

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] value;

    private TreeHash(byte[] value) {
        this.value = value;
    }

    /**
     * Wraps a copy of {@code bytes}.
     *
     * @throws IllegalArgumentException if {@code bytes} is not exactly {@value #LENGTH} bytes
     */
    public static TreeHash of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a tree hash is " + LENGTH + " bytes, got " + bytes.length);
        }
        return new TreeHash(bytes.clone());
    }

    /** Reads {@value #LENGTH} bytes of {@code buffer} starting at {@code offset}. */
    public static TreeHash of(byte[] buffer, int offset) {
        if (offset < 0 || offset > buffer.length - LENGTH) {
            throw new IllegalArgumentException("no " + LENGTH + "-byte hash at offset " + offset
                    + " of a " + buffer.length + "-byte buffer");
        }
        return new TreeHash(Arrays.copyOfRange(buffer, offset, offset + LENGTH));
    }

    /** Adopts an array this package just produced and will not touch again. */
    static TreeHash wrap(byte[] owned) {
        return new TreeHash(owned);
    }

    /** Parses exactly 64 lower-case hex digits. */
    public static TreeHash fromHex(String hex) {
        if (hex.length() != 2 * LENGTH || !hex.equals(hex.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("a tree hash is " + 2 * LENGTH + " lower-case hex digits: " + hex);
        }
        return new TreeHash(HEX.parseHex(hex));
    }

    /**
     * Parses canonical padded base64 (RFC 4648 §4) of exactly {@value #LENGTH} bytes. Non-canonical
     * spellings (missing padding, non-zero trailing bits) are rejected so that one hash has one text form.
     */
    public static TreeHash fromBase64(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64: " + base64, e);
        }
        TreeHash hash = of(bytes);
        if (!hash.toBase64().equals(base64)) {
            throw new IllegalArgumentException("not canonical base64: " + base64);
        }
        return hash;
    }

    /** A fresh copy of the 32 bytes. */
    public byte[] bytes() {
        return value.clone();
    }

    /** Copies the 32 bytes into {@code target} at {@code offset}. */
    public void copyTo(byte[] target, int offset) {
        System.arraycopy(value, 0, target, offset, LENGTH);
    }

    /** Feeds the bytes to a digest without exposing the internal array. */
    void updateDigest(MessageDigest digest) {
        digest.update(value);
    }

    public String toHex() {
        return HEX.formatHex(value);
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(value);
    }

    /**
     * Compares in time independent of where the values differ.
     *
     * <p>Security note: roots and proof nodes are compared against attacker-supplied values; a
     * short-circuiting comparison would leak, through timing, how many leading bytes of a forged
     * hash are right. {@link MessageDigest#isEqual} does not short-circuit.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof TreeHash that && MessageDigest.isEqual(value, that.value);
    }

    @Override
    public int hashCode() {
        return (value[0] & 0xff) << 24 | (value[1] & 0xff) << 16 | (value[2] & 0xff) << 8 | (value[3] & 0xff);
    }

    @Override
    public String toString() {
        return toHex();
    }
}

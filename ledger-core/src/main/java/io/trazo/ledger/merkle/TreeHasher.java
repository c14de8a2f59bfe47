package io.trazo.ledger.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The RFC 9162 §2.1.1 hash functions with SHA-256, domain-separated so that no leaf hash can equal
 * an interior node hash (the second-preimage defence of RFC 9162 §2.1.1, same prefixes as RFC 6962 §2.1).
 *
 * <ul>
 *   <li>{@code leafHash(d) = SHA-256(0x00 ‖ d)}
 *   <li>{@code nodeHash(l, r) = SHA-256(0x01 ‖ l ‖ r)}
 *   <li>{@code MTH({}) = SHA-256("")}
 * </ul>
 */
public final class TreeHasher {

    /** Prefix byte of a leaf hash input (RFC 9162 §2.1.1). */
    public static final byte LEAF_HASH_PREFIX = 0x00;

    /** Prefix byte of an interior node hash input (RFC 9162 §2.1.1). */
    public static final byte NODE_HASH_PREFIX = 0x01;

    private static final TreeHash EMPTY_ROOT = TreeHash.wrap(sha256().digest());

    private TreeHasher() {}

    /** {@code MTH({}) = SHA-256("")}, the root of the empty tree. */
    public static TreeHash emptyRoot() {
        return EMPTY_ROOT;
    }

    /** {@code SHA-256(0x00 ‖ leafInput)}. */
    public static TreeHash leafHash(byte[] leafInput) {
        MessageDigest digest = sha256();
        digest.update(LEAF_HASH_PREFIX);
        digest.update(leafInput);
        return TreeHash.wrap(digest.digest());
    }

    /** {@code SHA-256(0x01 ‖ left ‖ right)}. */
    public static TreeHash nodeHash(TreeHash left, TreeHash right) {
        MessageDigest digest = sha256();
        digest.update(NODE_HASH_PREFIX);
        left.updateDigest(digest);
        right.updateDigest(digest);
        return TreeHash.wrap(digest.digest());
    }

    /**
     * {@code SHA-256(0x01 ‖ left ‖ right)} over raw children of any length; only the RFC 6962
     * hasher vectors need children that are not 32-byte hashes.
     */
    public static TreeHash nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update(NODE_HASH_PREFIX);
        digest.update(left);
        digest.update(right);
        return TreeHash.wrap(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}

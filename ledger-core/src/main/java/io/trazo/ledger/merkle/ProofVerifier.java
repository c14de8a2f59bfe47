package io.trazo.ledger.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies RFC 9162 inclusion (§2.1.3.2) and consistency (§2.1.4.2) proofs.
 *
 * <p>Two rules beyond the RFC text, as transparency-dev/merkle {@code proof/verify.go} applies them:
 * every hash must be {@value TreeHash#LENGTH} bytes (the {@code byte[]} overloads check; a
 * {@link TreeHash} is 32 bytes by construction), and a consistency proof needs {@code size1 > 0}.
 * The proof length is bounded by the walk itself: a node left over once the walk reaches the root is
 * {@link InvalidProofException.Reason#PROOF_TOO_LONG}.
 */
public final class ProofVerifier {

    private ProofVerifier() {}

    /** Verifies that {@code leafHash} is leaf {@code proof.leafIndex()} of the tree with {@code root}. */
    public static void verifyInclusion(TreeHash leafHash, InclusionProof proof, TreeHash root)
            throws InvalidProofException {
        verifyInclusion(leafHash, proof.leafIndex(), proof.treeSize(), proof.path(), root);
    }

    /** RFC 9162 §2.1.3.2. */
    public static void verifyInclusion(TreeHash leafHash, long leafIndex, long treeSize, List<TreeHash> path,
            TreeHash root) throws InvalidProofException {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw InvalidProofException.indexOutOfRange(leafIndex, treeSize);
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        TreeHash r = leafHash;
        for (TreeHash p : path) {
            if (sn == 0) {
                throw InvalidProofException.tooLong(path.size());
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = TreeHasher.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = TreeHasher.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw InvalidProofException.tooShort(path.size());
        }
        if (!r.equals(root)) {
            throw InvalidProofException.rootMismatch("root", root, r);
        }
    }

    /** Verifies that the tree with {@code root2} extends the tree with {@code root1}. */
    public static void verifyConsistency(ConsistencyProof proof, TreeHash root1, TreeHash root2)
            throws InvalidProofException {
        verifyConsistency(proof.size1(), proof.size2(), proof.path(), root1, root2);
    }

    /** RFC 9162 §2.1.4.2, with {@code size1 > 0} required. */
    public static void verifyConsistency(long size1, long size2, List<TreeHash> path, TreeHash root1,
            TreeHash root2) throws InvalidProofException {
        if (size1 <= 0 || size1 > size2) {
            throw InvalidProofException.sizeOutOfRange(size1, size2);
        }
        if (size1 == size2) {
            if (!path.isEmpty()) {
                throw InvalidProofException.tooLong(path.size());
            }
            if (!root1.equals(root2)) {
                throw InvalidProofException.rootMismatch("root2 of an equal-size tree", root1, root2);
            }
            return;
        }
        List<TreeHash> nodes = path;
        if (Long.bitCount(size1) == 1) {
            nodes = new ArrayList<>(path.size() + 1);
            nodes.add(root1);
            nodes.addAll(path);
        }
        if (nodes.isEmpty()) {
            throw InvalidProofException.tooShort(path.size());
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        TreeHash fr = nodes.get(0);
        TreeHash sr = nodes.get(0);
        for (TreeHash c : nodes.subList(1, nodes.size())) {
            if (sn == 0) {
                throw InvalidProofException.tooLong(path.size());
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = TreeHasher.nodeHash(c, fr);
                sr = TreeHasher.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = TreeHasher.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw InvalidProofException.tooShort(path.size());
        }
        if (!fr.equals(root1)) {
            throw InvalidProofException.rootMismatch("root1", root1, fr);
        }
        if (!sr.equals(root2)) {
            throw InvalidProofException.rootMismatch("root2", root2, sr);
        }
    }

    /** {@link #verifyInclusion(TreeHash, long, long, List, TreeHash)} over raw bytes from the wire. */
    public static void verifyInclusion(byte[] leafHash, long leafIndex, long treeSize, List<byte[]> path,
            byte[] root) throws InvalidProofException {
        verifyInclusion(hash("leaf hash", leafHash), leafIndex, treeSize, hashes(path), hash("root", root));
    }

    /** {@link #verifyConsistency(long, long, List, TreeHash, TreeHash)} over raw bytes from the wire. */
    public static void verifyConsistency(long size1, long size2, List<byte[]> path, byte[] root1, byte[] root2)
            throws InvalidProofException {
        if (size1 <= 0 || size1 > size2) {
            throw InvalidProofException.sizeOutOfRange(size1, size2);
        }
        if (size1 == size2) {
            requireEmptyAndEqual(path, root1, root2);
            return;
        }
        verifyConsistency(size1, size2, hashes(path), hash("root1", root1), hash("root2", root2));
    }

    /**
     * Equal sizes need no hashing, so, as transparency-dev/merkle does, the roots are compared as
     * opaque bytes of any length (golden vector {@code sizes-are-equal-one-and-proof-is-empty}).
     */
    private static void requireEmptyAndEqual(List<byte[]> path, byte[] root1, byte[] root2)
            throws InvalidProofException {
        if (!path.isEmpty()) {
            throw InvalidProofException.tooLong(path.size());
        }
        if (!MessageDigest.isEqual(root1, root2)) {
            throw InvalidProofException.rootsDiffer(root1, root2);
        }
    }

    private static TreeHash hash(String what, byte[] bytes) throws InvalidProofException {
        if (bytes.length != TreeHash.LENGTH) {
            throw InvalidProofException.badHashLength(what, bytes.length);
        }
        return TreeHash.of(bytes);
    }

    private static List<TreeHash> hashes(List<byte[]> path) throws InvalidProofException {
        List<TreeHash> hashes = new ArrayList<>(path.size());
        for (int i = 0; i < path.size(); i++) {
            hashes.add(hash("proof node " + i, path.get(i)));
        }
        return hashes;
    }
}

package io.trazo.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Roots and proofs for any tree size the log has reached, read from a {@link TileReader}.
 *
 * <p>Follows the recursive definitions of RFC 9162 §2.1.3.1 ({@code PATH}) and §2.1.4.1
 * ({@code PROOF}, {@code SUBPROOF}). Every left sibling in those recursions is a perfect subtree, read
 * from one tile; at most one right sibling per proof is incomplete, and it is recomputed from at most
 * log2(n) perfect subtrees. Cost: O(log n) node hashes plus at most 255 per tile touched, and a
 * bounded number of tile reads. Read-only; safe to share between threads if the store is.
 */
public final class MerkleProofs {

    private final TileReader store;

    public MerkleProofs(TileReader store) {
        this.store = store;
    }

    /** MTH(D[0:treeSize]), the empty root for size 0. */
    public TreeHash rootAt(long treeSize) {
        if (treeSize < 0) {
            throw TreeRangeException.negativeSize(treeSize);
        }
        return treeSize == 0 ? TreeHasher.emptyRoot() : new TileNodeReader(store).rangeRoot(0, treeSize);
    }

    /** The stored hash of leaf {@code index}. */
    public TreeHash leafHash(long index) {
        if (index < 0) {
            throw TreeRangeException.indexOutOfRange(index, 0);
        }
        return new TileNodeReader(store).node(0, index);
    }

    /** The audit path of leaf {@code leafIndex} in the tree of size {@code treeSize} (RFC 9162 §2.1.3.1). */
    public InclusionProof inclusionProof(long leafIndex, long treeSize) {
        return inclusionProof(leafIndex, treeSize, new TileNodeReader(store));
    }

    /**
     * The audit paths of several leaves in one tree, each exactly {@link #inclusionProof(long, long)};
     * they share tile reads, and the tiles under the right edge are read in one batch per tile level.
     */
    public List<InclusionProof> inclusionProofs(List<Long> leafIndices, long treeSize) {
        for (long leafIndex : leafIndices) {
            if (leafIndex < 0 || leafIndex >= treeSize) {
                throw TreeRangeException.indexOutOfRange(leafIndex, treeSize);
            }
        }
        TileNodeReader nodes = new TileNodeReader(store);
        nodes.prefetch(leafIndices, treeSize);
        List<InclusionProof> proofs = new ArrayList<>(leafIndices.size());
        for (long leafIndex : leafIndices) {
            proofs.add(inclusionProof(leafIndex, treeSize, nodes));
        }
        return proofs;
    }

    private static InclusionProof inclusionProof(long leafIndex, long treeSize, TileNodeReader nodes) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw TreeRangeException.indexOutOfRange(leafIndex, treeSize);
        }
        List<TreeHash> path = new ArrayList<>();
        long lo = 0;
        long hi = treeSize;
        while (hi - lo > 1) {
            long k = largestPowerOfTwoBelow(hi - lo);
            if (leafIndex < lo + k) {
                path.add(nodes.rangeRoot(lo + k, hi));
                hi = lo + k;
            } else {
                path.add(nodes.rangeRoot(lo, lo + k));
                lo += k;
            }
        }
        return new InclusionProof(leafIndex, treeSize, reverse(path));
    }

    /**
     * The consistency proof from size {@code size1} to {@code size2} (RFC 9162 §2.1.4.1); empty when the
     * sizes are equal.
     */
    public ConsistencyProof consistencyProof(long size1, long size2) {
        if (size1 <= 0 || size1 > size2) {
            throw TreeRangeException.sizesOutOfOrder(size1, size2);
        }
        TileNodeReader nodes = new TileNodeReader(store);
        List<TreeHash> path = new ArrayList<>();
        long m = size1;
        long lo = 0;
        long hi = size2;
        boolean wholeOldTreeIsKnown = true;
        while (m != hi - lo) {
            long k = largestPowerOfTwoBelow(hi - lo);
            if (m <= k) {
                path.add(nodes.rangeRoot(lo + k, hi));
                hi = lo + k;
            } else {
                path.add(nodes.rangeRoot(lo, lo + k));
                m -= k;
                lo += k;
                wholeOldTreeIsKnown = false;
            }
        }
        if (!wholeOldTreeIsKnown) {
            path.add(nodes.rangeRoot(lo, hi));
        }
        return new ConsistencyProof(size1, size2, reverse(path));
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static List<TreeHash> reverse(List<TreeHash> topDown) {
        List<TreeHash> bottomUp = new ArrayList<>(topDown.size());
        for (int i = topDown.size() - 1; i >= 0; i--) {
            bottomUp.add(topDown.get(i));
        }
        return bottomUp;
    }
}

package io.trazo.ledger.merkle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 9162 §2.1 transcribed literally, recursion and all, over D[lo:hi] of a fixed leaf-hash list,
 * with no storage, tiles or frontier: the yardstick for the fast engine (the idea of
 * transparency-dev/merkle {@code testonly/reference_test.go}). The only liberty is that MTH results
 * are memoised, which changes the cost and not one hash.
 */
public final class ReferenceMerkleTree {

    private final List<TreeHash> d;
    private final Map<Long, TreeHash> memo = new HashMap<>();

    public ReferenceMerkleTree(List<TreeHash> leafHashes) {
        this.d = List.copyOf(leafHashes);
    }

    /** MTH(D[0:n]) of §2.1.1 for a list with no shared memo. */
    public static TreeHash mth(List<TreeHash> leafHashes) {
        return new ReferenceMerkleTree(leafHashes).mth(0, leafHashes.size());
    }

    /** MTH(D[lo:hi]) of §2.1.1. */
    public TreeHash mth(int lo, int hi) {
        int n = hi - lo;
        if (n == 0) {
            return TreeHasher.emptyRoot();
        }
        if (n == 1) {
            return d.get(lo);
        }
        Long key = (long) lo << 32 | hi;
        TreeHash known = memo.get(key);
        if (known != null) {
            return known;
        }
        int k = largestPowerOfTwoSmallerThan(n);
        TreeHash hash = TreeHasher.nodeHash(mth(lo, lo + k), mth(lo + k, hi));
        memo.put(key, hash);
        return hash;
    }

    /** PATH(m, D[0:n]) of §2.1.3.1. */
    public List<TreeHash> path(int m, int n) {
        return path(m, 0, n);
    }

    private List<TreeHash> path(int m, int lo, int hi) {
        int n = hi - lo;
        List<TreeHash> out = new ArrayList<>();
        if (n == 1) {
            return out;
        }
        int k = largestPowerOfTwoSmallerThan(n);
        if (m < k) {
            out.addAll(path(m, lo, lo + k));
            out.add(mth(lo + k, hi));
        } else {
            out.addAll(path(m - k, lo + k, hi));
            out.add(mth(lo, lo + k));
        }
        return out;
    }

    /** PROOF(m, D[0:n]) of §2.1.4.1. */
    public List<TreeHash> proof(int m, int n) {
        return subproof(m, 0, n, true);
    }

    private List<TreeHash> subproof(int m, int lo, int hi, boolean b) {
        int n = hi - lo;
        List<TreeHash> out = new ArrayList<>();
        if (m == n) {
            if (!b) {
                out.add(mth(lo, hi));
            }
            return out;
        }
        int k = largestPowerOfTwoSmallerThan(n);
        if (m <= k) {
            out.addAll(subproof(m, lo, lo + k, b));
            out.add(mth(lo + k, hi));
        } else {
            out.addAll(subproof(m - k, lo + k, hi, false));
            out.add(mth(lo, lo + k));
        }
        return out;
    }

    private static int largestPowerOfTwoSmallerThan(int n) {
        int k = 1;
        while (k << 1 < n) {
            k <<= 1;
        }
        return k;
    }
}

package io.trazo.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 §2.1 transcribed literally, recursion and all, with no storage and no shortcuts: the
 * yardstick for the tiled engine (the idea of transparency-dev/merkle {@code testonly/reference_test.go}).
 * Inputs are leaf hashes, D[n] in the RFC's notation, already hashed with {@code leafHash}.
 */
final class ReferenceMerkleTree {

    private ReferenceMerkleTree() {}

    /** MTH(D[n]) of §2.1.1. */
    static TreeHash mth(List<TreeHash> d) {
        int n = d.size();
        if (n == 0) {
            return TreeHasher.emptyRoot();
        }
        if (n == 1) {
            return d.get(0);
        }
        int k = largestPowerOfTwoSmallerThan(n);
        return TreeHasher.nodeHash(mth(d.subList(0, k)), mth(d.subList(k, n)));
    }

    /** PATH(m, D[n]) of §2.1.3.1. */
    static List<TreeHash> path(int m, List<TreeHash> d) {
        int n = d.size();
        List<TreeHash> out = new ArrayList<>();
        if (n == 1) {
            return out;
        }
        int k = largestPowerOfTwoSmallerThan(n);
        if (m < k) {
            out.addAll(path(m, d.subList(0, k)));
            out.add(mth(d.subList(k, n)));
        } else {
            out.addAll(path(m - k, d.subList(k, n)));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }

    /** PROOF(m, D[n]) of §2.1.4.1. */
    static List<TreeHash> proof(int m, List<TreeHash> d) {
        return subproof(m, d, true);
    }

    private static List<TreeHash> subproof(int m, List<TreeHash> d, boolean b) {
        int n = d.size();
        List<TreeHash> out = new ArrayList<>();
        if (m == n) {
            if (!b) {
                out.add(mth(d));
            }
            return out;
        }
        int k = largestPowerOfTwoSmallerThan(n);
        if (m <= k) {
            out.addAll(subproof(m, d.subList(0, k), b));
            out.add(mth(d.subList(k, n)));
        } else {
            out.addAll(subproof(m - k, d.subList(k, n), false));
            out.add(mth(d.subList(0, k)));
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

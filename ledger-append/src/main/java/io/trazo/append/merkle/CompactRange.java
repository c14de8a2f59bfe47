package io.trazo.append.merkle;

import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHasher;
import java.util.ArrayList;
import java.util.List;

/**
 * The right frontier of an append-only Merkle tree: one perfect-subtree root per set bit of the tree
 * size (the "compact range" [0, size) of transparency-dev/merkle {@code compact/range.go}).
 *
 * <p>Appending a leaf merges at most log2(n) subtrees (amortised one node hash per leaf), and the
 * root, MTH(D[0:n]) of RFC 9162 §2.1.1, is the right-to-left fold of the frontier in O(log n).
 * Mutable and not thread-safe: it is the private working state of one writer.
 */
public final class CompactRange {

    /** Receives every node that an append completes, the appended leaf (level 0) included. */
    @FunctionalInterface
    public interface NodeSink {
        /** Node at {@code level} covering leaves {@code [index·2^level, (index+1)·2^level)}. */
        void completed(int level, long index, TreeHash hash);
    }

    private static final NodeSink DISCARD = (level, index, hash) -> { };

    private final TreeHash[] frontier = new TreeHash[Long.SIZE];
    private long size;

    /** The empty range. */
    public CompactRange() {}

    /**
     * Rebuilds the frontier of a tree of {@code size} leaves from its perfect-subtree roots, largest
     * (leftmost) first: exactly one per set bit of {@code size}.
     */
    public static CompactRange of(long size, List<TreeHash> subtreeRoots) {
        if (size < 0 || Long.bitCount(size) != subtreeRoots.size()) {
            throw new IllegalArgumentException("a tree of size " + size + " has " + Long.bitCount(Math.max(size, 0))
                    + " frontier subtrees, got " + subtreeRoots.size());
        }
        CompactRange range = new CompactRange();
        int next = 0;
        for (int level = Long.SIZE - 2; level >= 0; level--) {
            if ((size >>> level & 1) == 1) {
                range.frontier[level] = subtreeRoots.get(next++);
            }
        }
        range.size = size;
        return range;
    }

    public CompactRange copy() {
        CompactRange copy = new CompactRange();
        System.arraycopy(frontier, 0, copy.frontier, 0, frontier.length);
        copy.size = size;
        return copy;
    }

    public long size() {
        return size;
    }

    public void append(TreeHash leafHash) {
        append(leafHash, DISCARD);
    }

    /** Appends one leaf hash and reports the leaf and each interior node it completes to {@code sink}. */
    public void append(TreeHash leafHash, NodeSink sink) {
        if (size == Long.MAX_VALUE) {
            throw new IllegalStateException("tree is full");
        }
        long newSize = size + 1;
        TreeHash carry = leafHash;
        sink.completed(0, size, carry);
        int level = 0;
        while (frontier[level] != null) {
            carry = TreeHasher.nodeHash(frontier[level], carry);
            frontier[level] = null;
            level++;
            sink.completed(level, (newSize >>> level) - 1, carry);
        }
        frontier[level] = carry;
        size = newSize;
    }

    /** MTH(D[0:size]) (RFC 9162 §2.1.1); the empty root for size 0. */
    public TreeHash root() {
        TreeHash acc = null;
        for (TreeHash subtree : frontier) {
            if (subtree != null) {
                acc = acc == null ? subtree : TreeHasher.nodeHash(subtree, acc);
            }
        }
        return acc == null ? TreeHasher.emptyRoot() : acc;
    }

    /** The perfect-subtree roots, largest (leftmost) first. */
    public List<TreeHash> subtreeRoots() {
        List<TreeHash> roots = new ArrayList<>();
        for (int level = frontier.length - 1; level >= 0; level--) {
            if (frontier[level] != null) {
                roots.add(frontier[level]);
            }
        }
        return List.copyOf(roots);
    }
}

package io.trazo.ledger.statusmap;

import java.util.ArrayList;
import java.util.List;

/**
 * The persistent tree behind {@link StatusMap}: a binary Patricia trie whose nodes are never changed
 * after construction. An insert copies the path from the root to the new leaf and shares everything
 * else, so each version of the map costs about 20 new nodes at 1,000,000 entries.
 *
 * <p>The trie skips levels where all of a subtree's keys agree; the §20.3 hash still counts them: a
 * branch that splits at bit {@code s} but sits at depth {@code top < s} hashes as {@code s - top}
 * further nodes with one empty child ({@link #hashAt}). A leaf hashes the same at every depth (the compact
 * rule), which is why one leaf never needs lifting.
 */
final class Trie {

    private Trie() {}

    sealed interface Node permits Leaf, Branch {}

    /** One entry: its map key, its value's JCS bytes, its value hash and leaf hash. A class, not a record: never compared. */
    static final class Leaf implements Node {
        private final byte[] key;
        private final byte[] value;
        private final byte[] valueHash;
        private final byte[] hash;

        private Leaf(byte[] key, byte[] value, byte[] valueHash, byte[] hash) {
            this.key = key;
            this.value = value;
            this.valueHash = valueHash;
            this.hash = hash;
        }

        static Leaf of(byte[] key, byte[] canonicalValue) {
            byte[] valueHash = MapHashing.valueHashOfCanonical(canonicalValue);
            return new Leaf(key, canonicalValue, valueHash, MapHashing.leafHash(key, valueHash));
        }

        byte[] key() {
            return key;
        }

        byte[] value() {
            return value;
        }

        byte[] valueHash() {
            return valueHash;
        }

        byte[] hash() {
            return hash;
        }
    }

    /**
     * Two or more entries whose keys share bits {@code [0, split)} and differ at bit {@code split}.
     * {@code splitHash} is the hash of the subtree at depth {@code split}; {@code anyKey} one key below,
     * which carries the shared prefix.
     */
    static final class Branch implements Node {
        private final int split;
        private final Node left;
        private final Node right;
        private final byte[] anyKey;
        private final byte[] splitHash;

        private Branch(int split, Node left, Node right) {
            this.split = split;
            this.left = left;
            this.right = right;
            this.anyKey = Trie.anyKey(left);
            this.splitHash = MapHashing.nodeHash(hashAt(left, split + 1), hashAt(right, split + 1));
        }

        static Branch of(int split, Node left, Node right) {
            return new Branch(split, left, right);
        }

        int split() {
            return split;
        }

        Node left() {
            return left;
        }

        Node right() {
            return right;
        }

        byte[] anyKey() {
            return anyKey;
        }

        byte[] splitHash() {
            return splitHash;
        }
    }

    static byte[] anyKey(Node n) {
        return n instanceof Leaf l ? l.key() : ((Branch) n).anyKey();
    }

    /** The §20.3 hash of {@code n} seen as the subtree at depth {@code top} (at most its own split). */
    static byte[] hashAt(Node n, int top) {
        if (n instanceof Leaf l) {
            return l.hash();
        }
        Branch b = (Branch) n;
        byte[] h = b.splitHash();
        for (int level = b.split() - 1; level >= top; level--) {
            h = MapKey.bit(b.anyKey(), level) == 1 ? MapHashing.nodeHash(MapHashing.EMPTY, h) : MapHashing.nodeHash(h, MapHashing.EMPTY);
        }
        return h;
    }

    static byte[] root(Node n) {
        return n == null ? MapHashing.EMPTY.clone() : hashAt(n, 0);
    }

    /** {@code n} with {@code leaf} put in, replacing the leaf of the same key if there is one. */
    static Node put(Node n, Leaf leaf) {
        if (n == null) {
            return leaf;
        }
        int d = MapKey.firstDifference(anyKey(n), leaf.key());
        if (n instanceof Leaf) {
            return d == MapKey.BITS ? leaf : join(d, n, leaf);
        }
        Branch b = (Branch) n;
        if (d < b.split()) {
            return join(d, b, leaf);
        }
        return MapKey.bit(leaf.key(), b.split()) == 1
                ? Branch.of(b.split(), b.left(), put(b.right(), leaf))
                : Branch.of(b.split(), put(b.left(), leaf), b.right());
    }

    /**
     * The trie of {@code leaves}, which MUST be sorted by key (unsigned) with no key twice: the same shape,
     * hence the same hashes, as putting them one by one, since a trie's shape depends only on its keys. In
     * a sorted run the first and last keys differ first at the run's split bit, and the keys with a 1 there
     * are a suffix of the run.
     */
    static Node build(Leaf[] leaves) {
        return leaves.length == 0 ? null : build(leaves, 0, leaves.length);
    }

    private static Node build(Leaf[] leaves, int from, int to) {
        if (to - from == 1) {
            return leaves[from];
        }
        int split = MapKey.firstDifference(leaves[from].key(), leaves[to - 1].key());
        if (split == MapKey.BITS) {
            throw new IllegalArgumentException("key " + MapKey.ofBytes(leaves[from].key()) + " is in the entries twice");
        }
        int low = from + 1;
        int high = to - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (MapKey.bit(leaves[mid].key(), split) == 1) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return Branch.of(split, build(leaves, from, low), build(leaves, low, to));
    }

    /**
     * {@code n} with every leaf of {@code leaves} put in, replacing leaves of the same keys: the same trie as
     * {@link #put} one by one, but each node on the union of their paths is built (and hashed) once, so a
     * batch of {@code b} leaves in a map of {@code N} entries shares the top {@code log2 b} levels instead of
     * rehashing them per leaf. {@code leaves} MUST be sorted by key (unsigned) with no key twice.
     */
    static Node putAll(Node n, Leaf[] leaves) {
        return putAll(n, leaves, 0, leaves.length);
    }

    private static Node putAll(Node n, Leaf[] leaves, int from, int to) {
        if (from == to) {
            return n;
        }
        if (n == null) {
            return build(leaves, from, to);
        }
        if (to - from == 1) {
            return put(n, leaves[from]);
        }
        // the run lies between its first and last keys, so its divergence from n's prefix is the smaller of theirs
        byte[] prefix = anyKey(n);
        int c = Math.min(MapKey.firstDifference(prefix, leaves[from].key()), MapKey.firstDifference(prefix, leaves[to - 1].key()));
        if (n instanceof Branch b && c >= b.split()) {
            int mid = firstWithBit(leaves, from, to, b.split());
            return Branch.of(b.split(), putAll(b.left(), leaves, from, mid), putAll(b.right(), leaves, mid, to));
        }
        // n's keys and the run's agree above bit c and both values occur at c: n goes whole to its side
        int mid = firstWithBit(leaves, from, to, c);
        return MapKey.bit(prefix, c) == 1
                ? Branch.of(c, build(leaves, from, mid), putAll(n, leaves, mid, to))
                : Branch.of(c, putAll(n, leaves, from, mid), build(leaves, mid, to));
    }

    /** In a sorted run whose keys agree above {@code bit}, the index of the first key with a 1 there ({@code to} if none). */
    private static int firstWithBit(Leaf[] leaves, int from, int to, int bit) {
        int low = from;
        int high = to;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (MapKey.bit(leaves[mid].key(), bit) == 1) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static Branch join(int split, Node existing, Leaf added) {
        return MapKey.bit(added.key(), split) == 1 ? Branch.of(split, existing, added) : Branch.of(split, added, existing);
    }

    static Leaf get(Node n, byte[] key) {
        while (n instanceof Branch b) {
            n = MapKey.bit(key, b.split()) == 1 ? b.right() : b.left();
        }
        return n instanceof Leaf l && MapKey.firstDifference(l.key(), key) == MapKey.BITS ? l : null;
    }

    /** The §20.4 walk from the root towards {@code key}. */
    static StatusProof prove(Node root, byte[] key) {
        List<byte[]> siblings = new ArrayList<>();
        Node n = root;
        int top = 0;
        while (n instanceof Branch b) {
            int d = MapKey.firstDifference(b.anyKey(), key);
            if (d < b.split()) {
                pad(siblings, top, d);
                siblings.add(hashAt(b, d + 1));
                return StatusProof.absentEmpty(siblings);
            }
            pad(siblings, top, b.split());
            boolean right = MapKey.bit(key, b.split()) == 1;
            siblings.add(hashAt(right ? b.left() : b.right(), b.split() + 1));
            n = right ? b.right() : b.left();
            top = b.split() + 1;
        }
        if (n == null) {
            return StatusProof.absentEmpty(siblings);
        }
        Leaf l = (Leaf) n;
        return MapKey.firstDifference(l.key(), key) == MapKey.BITS ? StatusProof.present(siblings)
                : StatusProof.absentOther(siblings, l.key(), l.valueHash());
    }

    /** Levels where the walk follows a branch's shared prefix: the other side is empty. */
    private static void pad(List<byte[]> siblings, int from, int to) {
        for (int level = from; level < to; level++) {
            siblings.add(null);
        }
    }
}

package io.trazo.ledger.statusmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** §20.3 written literally, recursion over entry sets, to cross-check the trie's roots. */
final class ReferenceTree {

    private ReferenceTree() {}

    /** {@code entries}: map key → value hash. */
    static byte[] root(Map<MapKey, byte[]> entries) {
        List<byte[][]> list = new ArrayList<>();
        entries.forEach((k, v) -> list.add(new byte[][] {k.toBytes(), v}));
        return hash(list, 0);
    }

    private static byte[] hash(List<byte[][]> set, int depth) {
        if (set.isEmpty()) {
            return new byte[32];
        }
        if (set.size() == 1) {
            return MapHashing.leafHash(set.get(0)[0], set.get(0)[1]);
        }
        List<byte[][]> zero = new ArrayList<>();
        List<byte[][]> one = new ArrayList<>();
        for (byte[][] e : set) {
            (MapKey.bit(e[0], depth) == 1 ? one : zero).add(e);
        }
        return MapHashing.nodeHash(hash(zero, depth + 1), hash(one, depth + 1));
    }
}

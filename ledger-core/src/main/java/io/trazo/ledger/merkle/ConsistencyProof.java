package io.trazo.ledger.merkle;

import java.util.List;

/** PROOF(size1, D[0:size2]) of RFC 9162 §2.1.4.1, nodes in the RFC's order. */
public record ConsistencyProof(long size1, long size2, List<TreeHash> path) {

    public ConsistencyProof {
        if (size1 <= 0 || size1 > size2) {
            throw TreeRangeException.sizesOutOfOrder(size1, size2);
        }
        path = List.copyOf(path);
    }
}

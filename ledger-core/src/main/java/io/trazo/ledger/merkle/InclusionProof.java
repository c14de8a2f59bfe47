package io.trazo.ledger.merkle;

import java.util.List;

/** PATH(leafIndex, D[0:treeSize]) of RFC 9162 §2.1.3.1, nodes ordered leaf to root. */
public record InclusionProof(long leafIndex, long treeSize, List<TreeHash> path) {

    public InclusionProof {
        if (treeSize < 0 || leafIndex < 0 || leafIndex >= treeSize) {
            throw TreeRangeException.indexOutOfRange(leafIndex, treeSize);
        }
        path = List.copyOf(path);
    }
}

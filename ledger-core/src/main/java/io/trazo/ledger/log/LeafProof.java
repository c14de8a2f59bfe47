package io.trazo.ledger.log;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.merkle.TreeHash;
import java.util.List;
import java.util.Objects;

/** One record's place in the tree: its leaf index and audit path (RFC 9162 §2.1.3.1, leaf to root). */
public record LeafProof(Digest record, long leafIndex, List<TreeHash> path) {

    public LeafProof {
        Objects.requireNonNull(record, "record");
        if (leafIndex < 0) {
            throw new IllegalArgumentException("leaf index is negative: " + leafIndex);
        }
        path = List.copyOf(path);
    }
}

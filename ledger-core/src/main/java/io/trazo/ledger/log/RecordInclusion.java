package io.trazo.ledger.log;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.merkle.InclusionProof;
import java.util.Objects;

/** The proof that record {@code record} is leaf {@code proof.leafIndex()} of the tree of {@code proof.treeSize()}. */
public record RecordInclusion(Digest record, InclusionProof proof) {

    public RecordInclusion {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(proof, "proof");
    }
}

package io.trazo.ledger.merkle;

import java.util.Objects;

/** A tree size and MTH of its first {@code size} leaves (RFC 9162 §2.1.1); the unsigned part of a checkpoint. */
public record TreeHead(long size, TreeHash root) {

    public TreeHead {
        if (size < 0) {
            throw TreeRangeException.negativeSize(size);
        }
        Objects.requireNonNull(root, "root");
    }
}

package io.trazo.ledger.record;

import io.trazo.ledger.crypto.Digest;
import java.util.Objects;

/** The hash of a lot's head record as the signer saw it when the record was made. */
public record Link(String lot, Digest prev) {

    public Link {
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(prev, "prev");
    }
}

package io.trazo.ledger.verify;

import io.trazo.ledger.crypto.Digest;
import java.util.Optional;

/**
 * One lot's chain link as checked against the lot's head before this record.
 *
 * @param prev the link the record carries, empty if it carries none for this lot
 * @param expected the lot's head before this record, empty if the lot had no history
 */
public record LinkReport(String lot, Optional<Digest> prev, Optional<Digest> expected, Optional<Finding> failure) {

    public boolean present() {
        return prev.isPresent();
    }

    public boolean matching() {
        return prev.equals(expected);
    }

    public boolean ok() {
        return failure.isEmpty();
    }
}

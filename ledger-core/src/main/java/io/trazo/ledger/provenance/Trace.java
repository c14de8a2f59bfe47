package io.trazo.ledger.provenance;

import io.trazo.ledger.crypto.Digest;
import java.util.List;

/**
 * The records a walk reached from a lot, in ledger order (ascending ledger position), which is also
 * an order in which every record comes after the records it links to.
 *
 * @param head the lot's head record when the walk started
 */
public record Trace(String lot, Direction direction, Digest head, List<TracedRecord> records) {

    public Trace {
        records = List.copyOf(records);
    }
}

package io.trazo.mongo;

import io.trazo.ledger.store.StoredRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An accepted event record and its EPCIS {@code recordTime}: when this ledger accepted it, by the
 * database's clock. Not signed and not part of the record; records accepted before the field existed
 * carry the time their document was inserted (docs/operations.md §EPCIS queries).
 */
public record EventHit(StoredRecord record, Optional<Instant> recordTime) {

    /** One page of hits in the selection's order, and the cursor for the next page if there may be one. */
    public record Page(List<EventHit> hits, Optional<TimeCursor> next) {
        public Page {
            hits = List.copyOf(hits);
        }
    }
}

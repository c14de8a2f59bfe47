package io.trazo.mongo;

import io.trazo.ledger.store.StoredRecord;
import java.util.List;
import java.util.Optional;

/** One page of records in (time, hash) order, and the cursor for the next page if there may be one. */
public record RecordPage(List<StoredRecord> records, Optional<TimeCursor> next) {

    public RecordPage {
        records = List.copyOf(records);
    }
}

package io.trazo.ledger.provenance;

import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.util.Optional;

/**
 * A record parsed from its wire bytes, with its event body read on first use (the hot upstream walk
 * needs only links). Both are pure functions of the bytes, so one instance may serve many requests
 * and threads; see {@link ParsedRecords}.
 */
public final class ParsedRecord {

    private final SignedRecord record;
    private volatile Optional<EventRecord> event;

    ParsedRecord(SignedRecord record) {
        this.record = record;
    }

    public SignedRecord record() {
        return record;
    }

    /**
     * {@link EventRecords#read} of an event record, computed once (the CBV 2.0 event hash ID is the
     * costly part); empty for other types. A body that does not read throws every time, never cached.
     */
    public Optional<EventRecord> event() {
        Optional<EventRecord> e = event;
        if (e == null) {
            e = record.type() == RecordType.EVENT ? Optional.of(EventRecords.read(record)) : Optional.empty();
            event = e;
        }
        return e;
    }
}

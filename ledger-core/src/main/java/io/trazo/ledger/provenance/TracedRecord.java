package io.trazo.ledger.provenance;

import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.StoredRecord;
import java.util.Optional;

/**
 * One accepted record reached by a walk: the store's view (position, lot positions, wire bytes) and
 * the parsed record. The event body is read on first use, because the hot upstream walk needs only links.
 */
public final class TracedRecord {

    private final StoredRecord stored;
    private final SignedRecord record;
    private volatile Optional<EventRecord> event;

    TracedRecord(StoredRecord stored, SignedRecord record) {
        this.stored = stored;
        this.record = record;
    }

    public StoredRecord stored() {
        return stored;
    }

    public SignedRecord record() {
        return record;
    }

    /** The ledger position; every traced record is accepted, so it is always present. */
    public long position() {
        return stored.position().orElseThrow();
    }

    /** The event body of an event record. Accepted records passed verification, so reading cannot fail. */
    public Optional<EventRecord> event() {
        Optional<EventRecord> e = event;
        if (e == null) {
            e = record.type() == RecordType.EVENT ? Optional.of(EventRecords.read(record)) : Optional.empty();
            event = e;
        }
        return e;
    }

    @Override
    public String toString() {
        return record + " @" + position();
    }
}

package io.trazo.ledger.provenance;

import io.trazo.ledger.event.EpcisEvent;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.StoredRecord;
import java.util.Optional;

/**
 * One accepted record reached by a walk: the store's view (position, lot positions, wire bytes) and
 * the parsed record. The event body is read on first use, because the hot upstream walk needs only links.
 */
public final class TracedRecord {

    private final StoredRecord stored;
    private final ParsedRecord parsed;

    TracedRecord(StoredRecord stored, ParsedRecord parsed) {
        this.stored = stored;
        this.parsed = parsed;
    }

    public StoredRecord stored() {
        return stored;
    }

    public SignedRecord record() {
        return parsed.record();
    }

    /** The ledger position; every traced record is accepted, so it is always present. */
    public long position() {
        return stored.position().orElseThrow();
    }

    /** The event body of an event record. Accepted records passed verification, so reading cannot fail. */
    public Optional<EventRecord> event() {
        return parsed.event();
    }

    /** The EPCIS event of an event record, for views: {@link ParsedRecord#epcisEvent}, without the CBV event hash ID. */
    public Optional<EpcisEvent> epcisEvent() {
        return parsed.epcisEvent();
    }

    @Override
    public String toString() {
        return parsed.record() + " @" + position();
    }
}

package io.trazo.ledger.provenance;

import io.trazo.ledger.event.EpcisEvent;
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
    private volatile Optional<EpcisEvent> epcis;

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

    /**
     * The EPCIS event of an event record, empty for other types: {@link #event()}'s when that was
     * computed, else {@link EventRecords#readEvent}, which skips the CBV event hash ID (measured: a
     * fifth of what a trace allocated, docs/benchmarks.md §Query). For the trace and journey views,
     * which show records the ledger verified on the way in and verify nothing themselves.
     */
    public Optional<EpcisEvent> epcisEvent() {
        Optional<EventRecord> full = event;
        if (full != null) {
            return full.map(EventRecord::event);
        }
        Optional<EpcisEvent> e = epcis;
        if (e == null) {
            e = record.type() == RecordType.EVENT ? Optional.of(EventRecords.readEvent(record)) : Optional.empty();
            epcis = e;
        }
        return e;
    }
}

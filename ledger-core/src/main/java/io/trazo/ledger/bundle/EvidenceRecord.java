package io.trazo.ledger.bundle;

import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.StoredRecord;
import java.util.Optional;

/**
 * One record of a bundle's evidence, parsed once per request so that verification and export reuse
 * the walk's work: {@code record} is {@code RecordCodec.parse(stored.wire())} and {@code event}, when
 * present, is {@code EventRecords.read(record)} (read already, because the walk needed its claims).
 */
public record EvidenceRecord(StoredRecord stored, SignedRecord record, Optional<EventRecord> event) {}

package io.trazo.ledger.verify;

import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.record.SignedRecord;
import java.util.Optional;
import java.util.Set;

/**
 * A record after the checks that need only the registry: body, signatures, role. Chain links are
 * checked separately, against lot heads ({@link LinkChecks}).
 *
 * @param record empty when the bytes were not a readable record
 * @param event the event body, for event records whose body was valid
 */
public record CheckedRecord(Optional<SignedRecord> record, Optional<EventRecord> event, RecordReport report) {

    /** The lots this record moves the heads of: every lot an event touches; none for other types. */
    public Set<String> lots() {
        return event.map(e -> e.event().lots()).orElse(Set.of());
    }
}

package io.trazo.query.audit;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The event records each actor signed or takes part in as counterparty, by time: what an operator-period
 * bundle starts from (docs/protocol.md §18.1). Kept in query's memory beside the audit fold and fed the same
 * records, because the store's reader port has no per-actor look-up; it costs two small entries per event.
 * On real MongoDB an index on the record's actor, counterparty and time would serve instead; the fold is
 * rebuilt at start anyway, so this adds no start-up read of its own. Not thread-safe: {@link AuditLedger}
 * serialises access.
 */
public final class OperatorIndex {

    private final Map<String, NavigableMap<Instant, List<Digest>>> byActor = new HashMap<>();

    void add(SignedRecord r) {
        if (r.type() != RecordType.EVENT) {
            return;
        }
        put(r.actor(), r);
        r.counterparty().ifPresent(c -> put(c, r));
    }

    private void put(String actor, SignedRecord r) {
        byActor.computeIfAbsent(actor, a -> new TreeMap<>()).computeIfAbsent(r.time(), t -> new ArrayList<>(1)).add(r.hash());
    }

    /** The actor's event records with {@code from ≤ time < until}, in time order. */
    public List<Digest> records(String actor, Instant from, Instant until) {
        List<Digest> found = new ArrayList<>();
        NavigableMap<Instant, List<Digest>> times = byActor.get(actor);
        if (times != null) {
            times.subMap(from, true, until, false).values().forEach(found::addAll);
        }
        return found;
    }
}

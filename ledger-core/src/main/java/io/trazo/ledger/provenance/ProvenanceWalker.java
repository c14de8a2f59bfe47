package io.trazo.ledger.provenance;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.event.EpcisEvent;
import io.trazo.ledger.event.EventType;
import io.trazo.ledger.record.Link;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a lot's provenance over a {@link LedgerReader} with exact-key look-ups only, so the walk costs
 * the same on a store without secondary indexes.
 *
 * <p>Upstream: lot → head → record → the records its links name, a whole DAG level per
 * {@link LedgerReader#records} call. Downstream: lot → its chain by {@link LedgerReader#claimAt}
 * (0, 1, … while accepted claims exist) → the lots the lot went into (the outputs of a transformation
 * that consumed it; the parent an aggregation added it to; the children a parent released) → their chains.
 * Both walks stop with {@link ProvenanceException.Kind#TOO_LARGE} past {@code maxRecords}.
 */
public final class ProvenanceWalker {

    private final LedgerReader reader;
    private final ParsedRecords parser;

    public ProvenanceWalker(LedgerReader reader) {
        this(reader, ParsedRecords.none());
    }

    /** A walker that parses through {@code parser}, which may remember records across walks. */
    public ProvenanceWalker(LedgerReader reader, ParsedRecords parser) {
        this.reader = reader;
        this.parser = parser;
    }

    /** The lot's current head: the stored head, moved past any accepted claim a crash left ahead of it. */
    public LotHead head(String lot) {
        LotHead head = reader.head(lot).orElseThrow(() -> ProvenanceException.unknownLot(lot));
        while (true) {
            long next = head.lotPosition() + 1;
            Optional<Digest> claim = reader.claimAt(lot, next).filter(this::accepted);
            if (claim.isEmpty()) {
                return head;
            }
            head = new LotHead(lot, next, claim.get());
        }
    }

    public Trace upstream(String lot, int maxRecords) {
        Digest head = head(lot).record();
        return new Trace(lot, Direction.UPSTREAM, head, upstream(lot, Set.of(head), maxRecords));
    }

    /**
     * Every accepted record reachable backwards through links from {@code starts} (themselves included), in
     * ledger order; {@code subject} names what is walked in errors (a lot, or an operator's period).
     *
     * @throws ProvenanceException if there are more than {@code maxRecords}, or a start or link target is not accepted
     */
    public List<TracedRecord> upstream(String subject, Set<Digest> starts, int maxRecords) {
        Map<Digest, TracedRecord> seen = new HashMap<>();
        Map<Digest, Digest> linkedFrom = new HashMap<>();
        Set<Digest> frontier = starts;
        while (!frontier.isEmpty()) {
            if (seen.size() + frontier.size() > maxRecords) {
                throw ProvenanceException.tooLarge(subject, Direction.UPSTREAM, maxRecords);
            }
            Map<Digest, TracedRecord> kept = parser.accepted(frontier);
            Set<Digest> missing = new LinkedHashSet<>(frontier);
            missing.removeAll(kept.keySet());
            Map<Digest, StoredRecord> found = missing.isEmpty() ? Map.of() : reader.records(missing);
            Set<Digest> next = new LinkedHashSet<>();
            for (Digest hash : frontier) {
                TracedRecord traced = kept.get(hash);
                if (traced == null) {
                    StoredRecord stored = found.get(hash);
                    if (stored == null || stored.state() != RecordState.ACCEPTED) {
                        throw ProvenanceException.inconsistent(subject, hash, linkedFrom.getOrDefault(hash, hash));
                    }
                    traced = new TracedRecord(stored, parser.parse(stored));
                }
                seen.put(hash, traced);
                for (Link link : traced.record().links()) {
                    if (!seen.containsKey(link.prev()) && !frontier.contains(link.prev()) && next.add(link.prev())) {
                        linkedFrom.put(link.prev(), hash);
                    }
                }
            }
            frontier = next;
        }
        return ledgerOrder(seen.values());
    }

    public Trace downstream(String lot, int maxRecords) {
        Digest head = head(lot).record();
        Map<Digest, TracedRecord> seen = new HashMap<>();
        Set<String> lots = new HashSet<>(Set.of(lot));
        Deque<LotStart> queue = new ArrayDeque<>(List.of(new LotStart(lot, 0)));
        while (!queue.isEmpty()) {
            LotStart start = queue.poll();
            for (long p = start.position(); ; p++) {
                Optional<Digest> claim = reader.claimAt(start.lot(), p);
                if (claim.isEmpty()) {
                    break;
                }
                TracedRecord traced = seen.get(claim.get());
                if (traced == null) {
                    Optional<StoredRecord> stored = reader.record(claim.get()).filter(r -> r.state() == RecordState.ACCEPTED);
                    if (stored.isEmpty()) {
                        break;
                    }
                    if (seen.size() >= maxRecords) {
                        throw ProvenanceException.tooLarge(lot, Direction.DOWNSTREAM, maxRecords);
                    }
                    traced = new TracedRecord(stored.get(), parser.parse(stored.get()));
                    seen.put(claim.get(), traced);
                }
                for (String into : wentInto(traced, start.lot())) {
                    if (lots.add(into)) {
                        queue.add(new LotStart(into, traced.stored().lotPositions().getOrDefault(into, 0L)));
                    }
                }
            }
        }
        return new Trace(lot, Direction.DOWNSTREAM, head, ledgerOrder(seen.values()));
    }

    /** The lots {@code lot} went into at this record (EPCIS 2.0 §7.4.3 aggregation, §7.4.5 transformation). */
    static List<String> wentInto(TracedRecord traced, String lot) {
        if (traced.event().isEmpty()) {
            return List.of();
        }
        EpcisEvent e = traced.event().get().event();
        if (e.type() == EventType.TRANSFORMATION) {
            return e.inputs().contains(lot) ? e.outputs() : List.of();
        }
        if (e.type() != EventType.AGGREGATION) {
            return List.of();
        }
        Optional<String> parent = e.json().get("parentID").filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
        String action = e.action().orElse("");
        if (parent.isEmpty()) {
            return List.of();
        }
        if (action.equals("ADD") && !lot.equals(parent.get())) {
            return List.of(parent.get());
        }
        if (action.equals("DELETE") && lot.equals(parent.get())) {
            return e.lots().stream().filter(l -> !l.equals(parent.get())).toList();
        }
        return List.of();
    }

    private boolean accepted(Digest hash) {
        return reader.record(hash).map(r -> r.state() == RecordState.ACCEPTED).orElse(false);
    }

    private static List<TracedRecord> ledgerOrder(Iterable<TracedRecord> records) {
        List<TracedRecord> ordered = new ArrayList<>();
        records.forEach(ordered::add);
        ordered.sort(Comparator.comparingLong(TracedRecord::position));
        return ordered;
    }

    private record LotStart(String lot, long position) {}
}

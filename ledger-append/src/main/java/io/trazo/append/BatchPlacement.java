package io.trazo.append;

import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.registry.LotNamespaces;
import io.trazo.ledger.record.Link;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.verify.CheckedRecord;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where each fast record of a {@link BatchSegment} goes: its position in every lot it touches, as
 * {@link Appender} would compute it, and the records earlier in the batch that it links to. Separate
 * because it is the pass's reasoning about lot chains and it only reads the store; the writes
 * ({@link BatchWrites}) take its answers as given. A record it cannot place is set in the segment's
 * {@code fallback}.
 */
final class BatchPlacement {

    private final LedgerStore store;
    private final SignedRecord[] parsed;
    private final BitSet fallback;
    /** For each fast record, the fast records earlier in the batch that it links to. */
    private final Map<Integer, Set<Integer>> predecessors = new HashMap<>();
    private final Map<Integer, Map<String, Long>> positions = new HashMap<>();
    /**
     * Verified records that fell back only because a predecessor outside the batch was missing or
     * PENDING when this pass read it: deferred as {@link Appender#append} would defer them, without
     * reading it again.
     */
    private final Map<Integer, Link> absent = new HashMap<>();
    /** Every record hash in this segment, fast or not: a predecessor among them may still be appended in it. */
    private final Set<Digest> anywhere = new HashSet<>();

    BatchPlacement(LedgerStore store, SignedRecord[] parsed, List<Integer> members, BitSet fallback) {
        this.store = store;
        this.parsed = parsed;
        this.fallback = fallback;
        members.forEach(i -> anywhere.add(parsed[i].hash()));
    }

    /** The lot positions of a placed record. */
    Map<String, Long> at(int i) {
        return positions.get(i);
    }

    /** The records earlier in the batch that a placed record links to. */
    Set<Integer> predecessors(int i) {
        return predecessors.get(i);
    }

    /** The link to a predecessor outside the batch that was missing or PENDING, if that is why the record fell back. */
    Optional<Link> absent(int i) {
        return Optional.ofNullable(absent.get(i));
    }

    /**
     * Each record's position in every lot it touches, as {@link Appender} would compute it, with the
     * predecessors and heads read in one round trip each. Anything unusual falls back.
     */
    List<Integer> place(List<Integer> fast, Map<Integer, CheckedRecord> checked) {
        Set<Digest> prevs = new LinkedHashSet<>();
        Set<String> newLots = new LinkedHashSet<>();
        for (int i : fast) {
            if (!fallback.get(i)) {
                for (String lot : checked.get(i).lots()) {
                    link(parsed[i], lot).ifPresentOrElse(prevs::add, () -> newLots.add(lot));
                }
            }
        }
        Map<Digest, Integer> inBatch = new HashMap<>();
        fast.forEach(i -> inBatch.put(parsed[i].hash(), i));
        prevs.removeAll(inBatch.keySet());
        Map<Digest, StoredRecord> stored = prevs.isEmpty() ? Map.of() : store.records(prevs);
        Map<String, LotHead> heads = newLots.isEmpty() ? Map.of() : store.heads(newLots);
        Set<Map.Entry<String, Long>> taken = new HashSet<>();
        List<Integer> placed = new ArrayList<>();
        for (int i : fast) {
            if (fallback.get(i)) {
                continue;
            }
            Map<String, Long> at = positions(i, checked.get(i), inBatch, stored, heads);
            if (at == null || !links(parsed[i], at) || !at.entrySet().stream().allMatch(
                    e -> taken.add(Map.entry(e.getKey(), e.getValue())))) {
                fallback.set(i);
                continue;
            }
            positions.put(i, at);
            placed.add(i);
        }
        return placed;
    }

    /** Null when the record must take the fallback. */
    private Map<String, Long> positions(int i, CheckedRecord checked, Map<Digest, Integer> inBatch,
            Map<Digest, StoredRecord> stored, Map<String, LotHead> heads) {
        Map<String, Long> at = new TreeMap<>();
        Set<Integer> before = new HashSet<>();
        Link missing = null;
        for (String lot : checked.lots()) {
            Optional<Digest> prev = link(parsed[i], lot);
            if (prev.isEmpty()) {
                // a v2 record opening a lot outside its own private namespace needs the registry: the single path asks it
                if (heads.containsKey(lot) || parsed[i].version() != ProtocolVersion.V1
                        && !LotNamespaces.candidates(lot).contains(LotNamespaces.ownNamespace(parsed[i].actor()))) {
                    return null;
                }
                at.put(lot, 0L);
                continue;
            }
            Integer earlier = inBatch.get(prev.get());
            Long linked;
            if (earlier != null) {
                if (earlier >= i || fallback.get(earlier) || !positions.containsKey(earlier)) {
                    return null;
                }
                before.add(earlier);
                linked = positions.get(earlier).get(lot);
            } else {
                StoredRecord r = stored.get(prev.get());
                if (r == null || r.state() == RecordState.PENDING) {
                    if (anywhere.contains(prev.get())) {
                        return null;
                    }
                    missing = missing == null ? new Link(lot, prev.get()) : missing;
                    continue;
                }
                linked = r.state() != RecordState.ACCEPTED ? null : r.lotPositions().get(lot);
            }
            if (linked == null) {
                return null;
            }
            at.put(lot, linked + 1);
        }
        if (missing != null) {
            // a deferral only when nothing else is wrong: any other problem goes to the fallback, which refuses it at once
            if (parsed[i].links().stream().allMatch(l -> checked.lots().contains(l.lot()))) {
                absent.put(i, missing);
            }
            return null;
        }
        predecessors.put(i, before);
        return at;
    }

    private static Optional<Digest> link(SignedRecord record, String lot) {
        return record.links().stream().filter(l -> l.lot().equals(lot)).map(Link::prev).findFirst();
    }

    /** Every link names a lot the event touches; otherwise {@link Appender} rejects it. */
    private static boolean links(SignedRecord record, Map<String, Long> at) {
        return record.links().stream().allMatch(l -> at.containsKey(l.lot()));
    }
}

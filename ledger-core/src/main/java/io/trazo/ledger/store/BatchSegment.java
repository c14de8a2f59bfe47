package io.trazo.ledger.store;

import io.trazo.ledger.concurrent.Parallelism;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.KeyId;
import io.trazo.ledger.record.Link;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.SignatureEntry;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RegistryView;
import io.trazo.ledger.store.AppendOutcome.Accepted;
import io.trazo.ledger.store.LedgerStore.Acceptance;
import io.trazo.ledger.store.LedgerStore.Claim;
import io.trazo.ledger.verify.CheckedRecord;
import io.trazo.ledger.verify.RecordVerifier;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * The records of a batch between two registry records, in batch order, through the fast passes of
 * {@link BatchAppend}, then the one-at-a-time fallback.
 */
final class BatchSegment {

    private final List<byte[]> wires;
    private final SignedRecord[] parsed;
    private final List<Integer> members;
    /** Indices into the batch that take the fallback. */
    private final BitSet fallback = new BitSet();
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
    /** The registry as this segment sees it (revocations read once); fallbacks are verified against it too. */
    private RegistryView view;

    /** Fast passes left, this one included. */
    private final int passes;
    /** Records a previous pass verified against this batch's registry view. */
    private final Map<Integer, CheckedRecord> known;

    private final LedgerStore store;
    private final RecordVerifier verifier;
    private final StoreRegistry registry;
    private final Appender one;
    private final Parallelism parallelism;

    BatchSegment(LedgerStore store, RecordVerifier verifier, StoreRegistry registry, Appender one, Parallelism parallelism,
            List<byte[]> wires, SignedRecord[] parsed, List<Integer> members, int passes, Map<Integer, CheckedRecord> known) {
        this.store = store;
        this.verifier = verifier;
        this.registry = registry;
        this.one = one;
        this.parallelism = parallelism;
        this.wires = wires;
        this.parsed = parsed;
        this.members = List.copyOf(members);
        this.passes = passes;
        this.known = known;
        members.forEach(i -> anywhere.add(parsed[i].hash()));
    }

    void run(AppendOutcome[] outcomes) {
        if (members.isEmpty()) {
            return;
        }
        view = registry;
        List<Integer> fast = fresh();
        Map<Integer, CheckedRecord> checked = verify(fast);
        fast = place(fast, checked);
        fast = insert(fast);
        fast = claim(fast);
        int accepted = accept(fast, outcomes);
        List<Integer> rest = members.stream().filter(fallback::get).toList();
        if (passes > 1 && accepted > 0 && !rest.isEmpty()) {
            // what this pass accepted may be what the rest was waiting for (a predecessor later in the batch)
            Map<Integer, CheckedRecord> known = new HashMap<>(checked);
            known.keySet().retainAll(rest);
            new BatchSegment(store, verifier, registry, one, parallelism, wires, parsed, rest, passes - 1, known).run(outcomes);
            return;
        }
        Map<Digest, Integer> index = new HashMap<>();
        for (int i : members) {
            index.putIfAbsent(parsed[i].hash(), i);
        }
        for (int i : members) {
            if (fallback.get(i)) {
                outcomes[i] = waiting(i, checked.containsKey(i), index, outcomes)
                        .or(() -> Optional.ofNullable(absent.get(i)).map(link -> deferred(i, link)))
                        .orElseGet(() -> one.append(wires.get(i), parsed[i], view));
            }
        }
    }

    /**
     * A record that passed its checks and links to a record earlier in the batch that was just
     * deferred (so is not in the ledger) is deferred too, without a store round trip: that is the
     * outcome {@link Appender#append} would reach at its link check. So is one whose predecessor
     * outside the batch was missing or PENDING when this pass read it (a predecessor accepted since
     * costs a retry round, nothing more).
     */
    private Optional<AppendOutcome> waiting(int i, boolean checked, Map<Digest, Integer> index, AppendOutcome[] outcomes) {
        if (!checked) {
            return Optional.empty();
        }
        for (Link link : parsed[i].links()) {
            Integer j = index.get(link.prev());
            if (j != null && j < i && outcomes[j] instanceof AppendOutcome.Deferred) {
                return Optional.of(deferred(i, link));
            }
        }
        return Optional.empty();
    }

    private AppendOutcome deferred(int i, Link link) {
        return new AppendOutcome.Deferred(Optional.of(parsed[i].hash()), ReasonCode.LINK_TARGET_MISSING,
                "record links lot " + link.lot() + " to " + link.prev() + ", which is not in the ledger yet");
    }

    /**
     * Each hash once; a repeat in the batch falls back. A record already in the store (a redelivery, or an
     * append resumed after a crash) is not looked for here: its {@link #insert} finds it (the store is
     * keyed by record hash), so it falls back there, with every record linking to it, and the fallback
     * settles or resumes it. That costs a redelivered record a check it did not need, and saves every
     * new batch a round trip (measured: ~7 % of the listener's wall time, docs/benchmarks.md §Ingest).
     */
    private List<Integer> fresh() {
        Set<Digest> seen = new HashSet<>();
        List<Integer> fast = new ArrayList<>();
        for (int i : members) {
            if (!seen.add(parsed[i].hash())) {
                fallback.set(i);
            } else {
                fast.add(i);
            }
        }
        return fast;
    }

    private Map<Integer, CheckedRecord> verify(List<Integer> fast) {
        Set<KeyId> signers = new LinkedHashSet<>();
        fast.forEach(i -> parsed[i].signatures().stream().map(SignatureEntry::keyId).forEach(signers::add));
        view = registry.snapshot(signers);
        // registry entries are cached on first use: load them here, once, rather than racing to in the slices below
        signers.forEach(view::key);
        CheckedRecord[] results = new CheckedRecord[fast.size()];
        parallelism.forEach(fast.size(), k -> {
            int i = fast.get(k);
            results[k] = known.containsKey(i) ? known.get(i) : verifier.check(0, parsed[i], view);
        });
        Map<Integer, CheckedRecord> checked = new HashMap<>();
        for (int k = 0; k < fast.size(); k++) {
            int i = fast.get(k);
            CheckedRecord c = results[k];
            if (c.report().reason().isPresent()) {
                fallback.set(i);
            } else {
                checked.put(i, c);
            }
        }
        return checked;
    }

    /**
     * Each record's position in every lot it touches, as {@link Appender} would compute it, with the
     * predecessors and heads read in one round trip each. Anything unusual falls back.
     */
    private List<Integer> place(List<Integer> fast, Map<Integer, CheckedRecord> checked) {
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
        for (String lot : checked.lots()) {
            Optional<Digest> prev = link(parsed[i], lot);
            if (prev.isEmpty()) {
                if (heads.containsKey(lot)) {
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
                    if (!anywhere.contains(prev.get())) {
                        absent.put(i, new Link(lot, prev.get()));
                    }
                    return null;
                }
                linked = r.state() != RecordState.ACCEPTED ? null : r.lotPositions().get(lot);
            }
            if (linked == null) {
                return null;
            }
            at.put(lot, linked + 1);
        }
        predecessors.put(i, before);
        return at;
    }

    private List<Integer> insert(List<Integer> fast) {
        List<StoredRecord> pending = new ArrayList<>();
        for (int i : fast) {
            SignedRecord r = parsed[i];
            pending.add(new StoredRecord(r.hash(), wires.get(i), r.type(), r.actor(), r.time(), positions.get(i),
                    RecordState.PENDING, OptionalLong.empty(), Optional.empty()));
        }
        Set<Digest> inserted = pending.isEmpty() ? Set.of() : store.insertPending(pending);
        return survivors(fast, i -> inserted.contains(parsed[i].hash()));
    }

    private List<Integer> claim(List<Integer> fast) {
        List<Claim> claims = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i : fast) {
            positions.get(i).forEach((lot, at) -> {
                claims.add(new Claim(lot, at, parsed[i].hash()));
                owners.add(i);
            });
        }
        List<Digest> holders = claims.isEmpty() ? List.of() : store.claim(claims);
        Set<Integer> lost = new HashSet<>();
        for (int c = 0; c < claims.size(); c++) {
            if (!holders.get(c).equals(claims.get(c).record())) {
                lost.add(owners.get(c));
            }
        }
        return survivors(fast, i -> !lost.contains(i));
    }

    /**
     * Draws the positions in batch order, then marks the records ACCEPTED in batch order, which puts
     * every record after the records it links to in the batch: one round trip, unless the store
     * refuses a record (its position was sealed, or it was settled meanwhile). That record falls back
     * with every record linking to it, and the store goes on from the record after it.
     */
    private int accept(List<Integer> fast, AppendOutcome[] outcomes) {
        if (fast.isEmpty()) {
            return 0;
        }
        long[] drawn = store.nextPositions(fast.size());
        Map<Integer, Long> position = new HashMap<>();
        for (int k = 0; k < fast.size(); k++) {
            position.put(fast.get(k), drawn[k]);
        }
        List<LotHead> heads = new ArrayList<>();
        List<Integer> left = fast;
        while (!left.isEmpty()) {
            List<Integer> now = survivors(left, i -> true);
            // a refused record's position is taken (sealed, or drawn twice by a store without an atomic $inc) or it
            // was settled meanwhile; either way it falls back, and the position stays a gap for the sequencer to seal
            int accepted = now.isEmpty() ? 0
                    : store.markAcceptedInOrder(now.stream().map(i -> new Acceptance(parsed[i].hash(), position.get(i))).toList());
            for (int i : now.subList(0, accepted)) {
                Digest hash = parsed[i].hash();
                outcomes[i] = new Accepted(hash, position.get(i));
                positions.get(i).forEach((lot, at) -> heads.add(new LotHead(lot, at, hash)));
            }
            if (accepted < now.size()) {
                fallback.set(now.get(accepted));
            }
            left = now.subList(Math.min(accepted + 1, now.size()), now.size());
        }
        Map<String, LotHead> highest = new HashMap<>();
        heads.forEach(h -> highest.merge(h.lot(), h, (a, b) -> a.lotPosition() >= b.lotPosition() ? a : b));
        if (!highest.isEmpty()) {
            store.advanceHeads(highest.values());
        }
        return (int) fast.stream().filter(i -> outcomes[i] != null).count();
    }

    private List<Integer> survivors(List<Integer> fast, java.util.function.IntPredicate keep) {
        List<Integer> out = new ArrayList<>();
        for (int i : fast) {
            boolean ok = keep.test(i) && predecessors.get(i).stream().noneMatch(fallback::get);
            if (ok) {
                out.add(i);
            } else {
                fallback.set(i);
            }
        }
        return out;
    }

    private static Optional<Digest> link(SignedRecord record, String lot) {
        return record.links().stream().filter(l -> l.lot().equals(lot)).map(Link::prev).findFirst();
    }

    /** Every link names a lot the event touches; otherwise {@link Appender} rejects it. */
    private static boolean links(SignedRecord record, Map<String, Long> at) {
        return record.links().stream().allMatch(l -> at.containsKey(l.lot()));
    }
}

package io.trazo.append;

import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.append.AppendOutcome.Accepted;
import io.trazo.append.LedgerStore.Acceptance;
import io.trazo.append.LedgerStore.Claim;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The writes of a {@link BatchSegment}'s fast pass: the records placed by {@link BatchPlacement}
 * stored PENDING, their lot positions claimed, then accepted and the heads moved, each step one round
 * trip for the whole batch. Separate because this is the one part of the pass that changes the store,
 * and its rule is easier to check on its own: a record the store refuses at any step falls back (is
 * set in the segment's {@code fallback}) with every record that links to it, so none is accepted
 * before a record it links to.
 */
final class BatchWrites {

    private final LedgerStore store;
    private final List<byte[]> wires;
    private final SignedRecord[] parsed;
    private final BatchPlacement placement;
    private final BitSet fallback;

    BatchWrites(LedgerStore store, List<byte[]> wires, SignedRecord[] parsed, BatchPlacement placement, BitSet fallback) {
        this.store = store;
        this.wires = wires;
        this.parsed = parsed;
        this.placement = placement;
        this.fallback = fallback;
    }

    /** Writes the placed records in batch order; returns how many of them are now accepted, their outcomes set. */
    int write(List<Integer> placed, AppendOutcome[] outcomes) {
        return accept(claim(insert(placed)), outcomes);
    }

    private List<Integer> insert(List<Integer> fast) {
        List<StoredRecord> pending = new ArrayList<>();
        for (int i : fast) {
            SignedRecord r = parsed[i];
            pending.add(new StoredRecord(r.hash(), wires.get(i), r.type(), r.actor(), r.time(), placement.at(i),
                    RecordState.PENDING, OptionalLong.empty(), Optional.empty()));
        }
        Set<Digest> inserted = pending.isEmpty() ? Set.of() : store.insertPending(pending);
        return survivors(fast, i -> inserted.contains(parsed[i].hash()));
    }

    private List<Integer> claim(List<Integer> fast) {
        List<Claim> claims = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i : fast) {
            placement.at(i).forEach((lot, at) -> {
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
                placement.at(i).forEach((lot, at) -> heads.add(new LotHead(lot, at, hash)));
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

    private List<Integer> survivors(List<Integer> fast, IntPredicate keep) {
        List<Integer> out = new ArrayList<>();
        for (int i : fast) {
            boolean ok = keep.test(i) && placement.predecessors(i).stream().noneMatch(fallback::get);
            if (ok) {
                out.add(i);
            } else {
                fallback.set(i);
            }
        }
        return out;
    }
}

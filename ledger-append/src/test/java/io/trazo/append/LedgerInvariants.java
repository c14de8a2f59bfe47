package io.trazo.append;

import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.Link;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.SignedRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a store against every record that was offered to it: the consistency a crash or a race must
 * never break. Shared through the test-jar so every adapter's tests apply the same checks.
 */
public final class LedgerInvariants {

    private LedgerInvariants() {}

    /** @return the accepted records, by hash; with nothing in flight, so every claim must be an accepted record's */
    public static Map<Digest, StoredRecord> check(LedgerStore store, List<byte[]> offered) {
        return check(store, offered, Set.of());
    }

    /**
     * @param inFlight records still being appended (a racing appender's), whose claims are not orphans yet
     * @return the accepted records, by hash
     */
    public static Map<Digest, StoredRecord> check(LedgerStore store, List<byte[]> offered, Set<Digest> inFlight) {
        Map<Digest, StoredRecord> accepted = new HashMap<>();
        Map<String, Long> touched = new HashMap<>();
        Map<String, Map<Long, Digest>> lots = new HashMap<>();
        Set<Long> positions = new HashSet<>();
        for (byte[] wire : offered) {
            SignedRecord r;
            try {
                r = RecordCodec.parse(wire);
            } catch (RecordException e) {
                continue;
            }
            Optional<StoredRecord> stored = store.record(r.hash());
            stored.ifPresent(s -> s.lotPositions().forEach((lot, at) -> touched.merge(lot, at, Math::max)));
            if (stored.isEmpty() || stored.get().state() != RecordState.ACCEPTED) {
                stored.ifPresent(s -> s.lotPositions().forEach((lot, at) ->
                        assertThat(store.claimAt(lot, at)).as("%s holds no claim on %s#%d", s, lot, at).isNotEqualTo(Optional.of(s.hash()))));
                continue;
            }
            StoredRecord s = stored.get();
            accepted.put(s.hash(), s);
            assertThat(s.wire()).as("stored bytes of %s", s).isEqualTo(wire);
            long position = s.position().orElseThrow();
            assertThat(positions.add(position)).as("position %d used once", position).isTrue();
            assertThat(store.acceptedAt(position)).contains(s.hash());
            s.lotPositions().forEach((lot, at) -> {
                assertThat(store.claimAt(lot, at)).as("%s claims %s#%d", s, lot, at).contains(s.hash());
                assertThat(lots.computeIfAbsent(lot, k -> new HashMap<>()).put(at, s.hash())).as("one record at %s#%d", lot, at).isNull();
            });
            for (Link link : r.links()) {
                long at = s.lotPositions().get(link.lot());
                assertThat(at).as("a linked position is not the first").isPositive();
                assertThat(store.claimAt(link.lot(), at - 1)).as("%s links %s to the record before it", s, link.lot()).contains(link.prev());
                assertThat(store.record(link.prev()).flatMap(p -> p.position().isPresent() ? Optional.of(p.position().getAsLong()) : Optional.empty()))
                        .as("%s is after the record it links to in the ledger", s).hasValueSatisfying(p -> assertThat(p).isLessThan(position));
            }
        }
        lots.forEach((lot, byPosition) -> {
            long max = byPosition.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            assertThat(byPosition.keySet()).as("lot %s has no gap", lot).hasSize((int) max + 1);
            assertThat(store.head(lot)).as("head of %s", lot).contains(new LotHead(lot, max, byPosition.get(max)));
        });
        touched.forEach((lot, highest) -> noOrphanClaims(store, lot, highest + 1, inFlight));
        return accepted;
    }

    /**
     * Every claim on {@code lot} up to {@code last} is held by an ACCEPTED record or one in flight: a claim
     * left by a rejected, deferred-then-abandoned or vanished record would block or mislead the lot for good.
     */
    private static void noOrphanClaims(LedgerStore store, String lot, long last, Set<Digest> inFlight) {
        for (long at = 0; at <= last; at++) {
            Optional<Digest> holder = store.claimAt(lot, at);
            if (holder.isEmpty() || inFlight.contains(holder.get())) {
                continue;
            }
            Optional<RecordState> state = store.record(holder.get()).map(StoredRecord::state);
            assertThat(state).as("claim on %s#%d is held by %s, which is not accepted (orphan claim)", lot, at, holder.get())
                    .contains(RecordState.ACCEPTED);
        }
    }

    /** Accepted records, in ledger order. */
    public static List<Digest> ledgerOrder(Map<Digest, StoredRecord> accepted) {
        List<StoredRecord> all = new ArrayList<>(accepted.values());
        all.sort(java.util.Comparator.comparingLong(r -> r.position().orElseThrow()));
        return all.stream().map(StoredRecord::hash).toList();
    }
}

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

    /** @return the accepted records, by hash */
    public static Map<Digest, StoredRecord> check(LedgerStore store, List<byte[]> offered) {
        Map<Digest, StoredRecord> accepted = new HashMap<>();
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
        return accepted;
    }

    /** Accepted records, in ledger order. */
    public static List<Digest> ledgerOrder(Map<Digest, StoredRecord> accepted) {
        List<StoredRecord> all = new ArrayList<>(accepted.values());
        all.sort(java.util.Comparator.comparingLong(r -> r.position().orElseThrow()));
        return all.stream().map(StoredRecord::hash).toList();
    }
}

package io.trazo.ingest.consume;

import io.trazo.append.AppendOutcome;
import io.trazo.ledger.crypto.Digest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which message is told ACCEPTED for a record that is in the ledger (docs/operations.md,
 * "Delivery guarantees"). The append result alone cannot: a message redelivered after the process died
 * between its store write and its receipt finds its own record stored, which the append protocol
 * reports as a duplicate. The first message to claim a record's acceptance (insert-only, one document
 * per record) is told ACCEPTED; every other is told DUPLICATE, at the same position.
 */
final class AcceptanceClaims {

    private final OutcomeMemo memo;

    AcceptanceClaims(OutcomeMemo memo) {
        this.memo = memo;
    }

    /**
     * Rewrites the Accepted and Duplicate outcomes of a batch (by index, in batch order) so that exactly the
     * holder of each record's claim is Accepted. Within a batch the earliest message claims for its record.
     */
    void settle(List<Source> sources, AppendOutcome[] outcomes) {
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] instanceof AppendOutcome.Accepted || outcomes[i] instanceof AppendOutcome.Duplicate) {
                first.putIfAbsent(outcomes[i].hash().orElseThrow().hex(), i);
            }
        }
        if (first.isEmpty()) {
            return;
        }
        Map<String, String> holders = new HashMap<>();
        Map<String, String> claims = new LinkedHashMap<>();
        List<String> duplicates = first.entrySet().stream().filter(e -> outcomes[e.getValue()] instanceof AppendOutcome.Duplicate)
                .map(Map.Entry::getKey).toList();
        holders.putAll(memo.acceptances(duplicates));
        first.forEach((hash, i) -> {
            if (holders.containsKey(hash)) {
                return;
            }
            if (outcomes[i] instanceof AppendOutcome.Duplicate) {
                // accepted before claims existed: its ACCEPTED receipt is memoised under the message that had it
                var earlier = memo.forRecord(hash).stream().filter(r -> r.outcome() == Receipt.Outcome.ACCEPTED).findFirst();
                if (earlier.isPresent()) {
                    holders.put(hash, earlier.get().source());
                    return;
                }
            }
            claims.put(hash, sources.get(i).toString());
        });
        holders.putAll(memo.claimAcceptances(claims));
        for (int i = 0; i < outcomes.length; i++) {
            Digest hash;
            long position;
            if (outcomes[i] instanceof AppendOutcome.Accepted a) {
                hash = a.record();
                position = a.position();
            } else if (outcomes[i] instanceof AppendOutcome.Duplicate d) {
                hash = d.record();
                position = d.position();
            } else {
                continue;
            }
            outcomes[i] = sources.get(i).toString().equals(holders.get(hash.hex())) ? new AppendOutcome.Accepted(hash, position) : new AppendOutcome.Duplicate(hash, position);
        }
    }
}

package io.trazo.append;

import io.trazo.ledger.concurrent.Parallelism;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.append.AppendOutcome.Rejected;
import io.trazo.ledger.verify.RecordVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One batch through the append protocol with a round trip per step rather than per record and step.
 * The common case, a new record whose predecessors are accepted or earlier in the batch, takes the
 * fast path: the same writes as {@link Appender#append}, in the same order for each record (pending,
 * claims, accepted, heads), only sent for the whole batch at once. Anything else (a record already
 * stored, a failed check, a missing or pending predecessor, a contended position, a registry record)
 * falls back, and so does every record in the batch that links to it, so no record is accepted before
 * a record it links to. While a pass accepted something, what fell back gets another fast pass (at
 * most {@link #PASSES} in all): a record often waits for one later in the batch, such as a merge whose
 * other lot came from another partition in the same poll. What is left is appended by
 * {@link Appender#append} one at a time, after the fast records, in batch order.
 *
 * <p>Registry records split the batch into segments that run in order: records after a key's
 * revocation in the batch are verified against it, as they would be one at a time.
 *
 * <p>A crash between any two writes leaves what a crash of {@link Appender#append} leaves (PENDING
 * records, claims held by them, heads lagging): on replay those records are found in the store and
 * take the fallback, which resumes them. The one difference is that a record may be PENDING with its
 * claims while its predecessor in the same batch is PENDING too; both are replayed together, in
 * order, from the same uncommitted batch.
 */
final class BatchAppend {

    /** Fast passes over a segment at most: a pass runs again over what fell back while the previous one accepted something. */
    static final int PASSES = 3;

    private final LedgerStore store;
    private final RecordVerifier verifier;
    private final StoreRegistry registry;
    private final Appender one;
    private final Parallelism parallelism;

    BatchAppend(LedgerStore store, RecordVerifier verifier, StoreRegistry registry, Appender one, Parallelism parallelism) {
        this.store = store;
        this.verifier = verifier;
        this.registry = registry;
        this.one = one;
        this.parallelism = parallelism;
    }

    List<AppendOutcome> append(List<byte[]> wires) {
        AppendOutcome[] outcomes = new AppendOutcome[wires.size()];
        List<Integer> segment = new ArrayList<>();
        SignedRecord[] parsed = new SignedRecord[wires.size()];
        parallelism.forEach(wires.size(), i -> {
            try {
                parsed[i] = RecordCodec.parse(wires.get(i));
            } catch (RecordException e) {
                outcomes[i] = new Rejected(Optional.empty(), e.code(), e.path(), e.detail());
            }
        });
        for (int i = 0; i < wires.size(); i++) {
            if (parsed[i] == null) {
                continue;
            }
            if (parsed[i].type().governance()) {
                new BatchSegment(store, verifier, registry, one, parallelism, wires, parsed, segment, PASSES, Map.of()).run(outcomes);
                segment.clear();
                outcomes[i] = one.append(wires.get(i));
            } else {
                segment.add(i);
            }
        }
        new BatchSegment(store, verifier, registry, one, parallelism, wires, parsed, segment, PASSES, Map.of()).run(outcomes);
        return List.of(outcomes);
    }
}

package io.trazo.append;

import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.concurrent.Parallelism;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.KeyId;
import io.trazo.ledger.record.Link;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignatureEntry;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RegistryView;
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
import java.util.Set;

/**
 * The records of a batch between two registry records, in batch order, through the fast passes of
 * {@link BatchAppend}, then the one-at-a-time fallback. A pass checks the records here, then hands
 * those that passed to {@link BatchPlacement}, which places them in their lots, and
 * {@link BatchWrites}, which writes them. The three share one {@code fallback} set: a record any of
 * them turns away takes the fallback, and so does every record that links to it.
 */
final class BatchSegment {

    private final List<byte[]> wires;
    private final SignedRecord[] parsed;
    private final List<Integer> members;
    /** Indices into the batch that take the fallback. */
    private final BitSet fallback = new BitSet();
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
    private final BatchPlacement placement;
    private final BatchWrites writes;

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
        this.placement = new BatchPlacement(store, parsed, members, fallback);
        this.writes = new BatchWrites(store, wires, parsed, placement, fallback);
    }

    void run(AppendOutcome[] outcomes) {
        if (members.isEmpty()) {
            return;
        }
        view = registry;
        List<Integer> fast = fresh();
        Map<Integer, CheckedRecord> checked = verify(fast);
        int accepted = writes.write(placement.place(fast, checked), outcomes);
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
                        .or(() -> placement.absent(i).map(link -> deferred(i, link)))
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
     * A v2 event with claims takes the fallback, where {@link Appender#append} looks its certificates up
     * (§8.1, {@code EVIDENCE_MISSING}); the fallback runs after this segment's fast records, so a
     * certificate earlier in the same batch is accepted by then.
     */
    private static boolean claimsEvidence(SignedRecord r) {
        return r.version() != ProtocolVersion.V1 && r.type() == RecordType.EVENT && (r.body().has("claims") || onPlot(r));
    }

    /** A v2 event on a plot takes the fallback too: its plot record is evidence (§8.1), looked up there. */
    private static boolean onPlot(SignedRecord r) {
        return r.body().get("event").orElse(null) instanceof JsonObject event
                && event.get("bizLocation").orElse(null) instanceof JsonObject location
                && location.get("id").orElse(null) instanceof JsonString id && id.value().startsWith("urn:trazo:plot:");
    }

    /**
     * Each hash once; a repeat in the batch falls back. A record already in the store (a redelivery,
     * or an append resumed after a crash) is not looked for here: its insert ({@link BatchWrites})
     * finds it (the store is keyed by record hash), so it falls back there, with every record linking
     * to it, and the fallback settles or resumes it. That costs a redelivered record a check it did not
     * need, and saves every new batch a round trip (measured: ~7 % of the listener's wall time,
     * docs/benchmarks.md §Ingest).
     */
    private List<Integer> fresh() {
        Set<Digest> seen = new HashSet<>();
        List<Integer> fast = new ArrayList<>();
        for (int i : members) {
            if (!seen.add(parsed[i].hash()) || claimsEvidence(parsed[i])) {
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
            // a status record needs its certificate judged against the store (docs/protocol.md §8.7), which
            // only the one-at-a-time path does; such records are rare, so they take it
            if (c.report().reason().isPresent() || parsed[i].type() == RecordType.CERTIFICATE_STATUS) {
                fallback.set(i);
            } else {
                checked.put(i, c);
            }
        }
        return checked;
    }
}

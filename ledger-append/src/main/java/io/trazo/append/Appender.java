package io.trazo.append;

import io.trazo.ledger.chain.LinkChecks;
import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.concurrent.Parallelism;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.VerifiedSignatures;
import io.trazo.ledger.record.Link;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RegistryView;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.append.AppendOutcome.Accepted;
import io.trazo.append.AppendOutcome.Deferred;
import io.trazo.append.AppendOutcome.Duplicate;
import io.trazo.append.AppendOutcome.Rejected;
import io.trazo.ledger.verify.CertificateStatusRule;
import io.trazo.ledger.verify.CheckedRecord;
import io.trazo.ledger.verify.ClaimEvidence;
import io.trazo.ledger.verify.Finding;
import io.trazo.ledger.verify.RecordVerifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The append protocol: verifies a record against the registry in the store and appends it, with
 * every step a single atomic store call (docs/protocol.md §Append protocol).
 *
 * <ol>
 *   <li>An ACCEPTED record with the same hash and the same bytes makes this a {@link Duplicate}; the
 *       heads and registry bindings it implies are repaired on the way, in case a crash cut the first
 *       append short. Same hash but other bytes (other signatures, other formatting) is verified first:
 *       a forged signature on a copy of a ledger record is rejected, not waved through as a duplicate.
 *   <li>The record is verified, and placed in every lot it touches: one past the linked record's
 *       position, or 0 for a lot without history. It is deferred only when every problem waits for
 *       data (an unknown key or actor, an unknown or pending predecessor); any other rejects it at once.
 *   <li>It is stored PENDING, then claims each lot position in lot order. A position held by an
 *       accepted record is a {@code FORK} and the record is rejected (its claims released); one held
 *       by a pending record defers it (claims released, so two contenders never deadlock); one held by
 *       a rejected record is a leftover and is cleared.
 *   <li>Registry records bind their name; a name bound to another record is a {@code REGISTRY_CONFLICT}.
 *   <li>A ledger position is drawn and the record marked ACCEPTED; if the log sequencer sealed that
 *       position meanwhile, another is drawn. Lot heads move forward.
 * </ol>
 * A crash between any two steps leaves a PENDING record (or nothing); appending the same bytes again
 * resumes where it stopped. Two appenders racing for a lot position produce exactly one winner.
 */
public final class Appender {

    private final LedgerStore store;
    private final RecordVerifier verifier;
    private final StoreRegistry registry;
    private final RegistryBindings bindings;
    private final BatchAppend batches;

    public Appender(LedgerStore store, TrustRoot trustRoot, RolePolicy policy) {
        this(store, trustRoot, policy, Optional.empty());
    }

    /**
     * @param signatures Ed25519 successes to remember across appends, so that a record offered again
     *     after a deferral is not verified from scratch (every other check still runs each time)
     */
    public Appender(LedgerStore store, TrustRoot trustRoot, RolePolicy policy, Optional<VerifiedSignatures> signatures) {
        this(store, trustRoot, policy, signatures, Parallelism.SERIAL);
    }

    /**
     * @param parallelism threads for a batch's parsing and checks ({@link #appendAll}); its writes stay
     *     on the caller's thread, in the same order
     */
    public Appender(LedgerStore store, TrustRoot trustRoot, RolePolicy policy, Optional<VerifiedSignatures> signatures,
            Parallelism parallelism) {
        this.store = store;
        this.verifier = new RecordVerifier(trustRoot, policy, signatures);
        this.registry = new StoreRegistry(store);
        this.bindings = new RegistryBindings(store);
        this.batches = new BatchAppend(store, verifier, registry, this, parallelism);
    }

    /**
     * Appends a batch, in order, with the outcome of each record at its index, sharing the store's round
     * trips across the batch ({@link BatchAppend}). The outcomes are those of {@link #append} one record
     * at a time, with one difference: a record that is not appended on the fast path is appended after
     * the fast records of its segment, so one that arrives just before its predecessor in the same
     * segment is accepted after it instead of being deferred.
     */
    public List<AppendOutcome> appendAll(List<byte[]> wires) {
        return batches.append(wires);
    }

    public AppendOutcome append(byte[] wire) {
        SignedRecord record;
        try {
            record = RecordCodec.parse(wire);
        } catch (RecordException e) {
            return new Rejected(Optional.empty(), e.code(), e.path(), e.detail());
        }
        return append(wire, record, registry);
    }

    /** {@link #append(byte[])} of parsed bytes, verified against {@code registry} (a batch's snapshot). */
    AppendOutcome append(byte[] wire, SignedRecord record, RegistryView registry) {
        Optional<StoredRecord> existing = store.record(record.hash());
        if (existing.isPresent() && existing.get().state() != RecordState.PENDING
                && Arrays.equals(existing.get().wire(), wire)) {
            return settled(existing.get(), record);
        }
        CheckedRecord checked = verifier.check(0, record, registry);
        Optional<Finding> failure = checked.report().decisive();
        if (existing.isPresent() && existing.get().state() != RecordState.PENDING) {
            return failure.isPresent()
                    ? new Rejected(Optional.of(record.hash()), failure.get().code(), failure.get().path(), failure.get().message())
                    : settled(existing.get(), record);
        }
        if (failure.isPresent()) {
            return refuse(record, failure.get().code(), failure.get().path(), failure.get().message());
        }
        Optional<AppendOutcome> missing = bindings.dependency(record);
        if (missing.isPresent()) {
            return missing.get();
        }
        Optional<Finding> certificate = CertificateStatusRule.judge(record, this::accepted);
        if (certificate.isPresent()) {
            return refuse(record, certificate.get().code(), certificate.get().path(), certificate.get().message());
        }
        Map<String, Long> positions = new TreeMap<>();
        Optional<Finding> waiting = Optional.empty();
        for (String lot : checked.lots()) {
            Optional<Finding> problem = position(record, lot, positions, registry);
            if (problem.isPresent() && problem.get().code().permanent()) {
                return refuse(record, problem.get().code(), problem.get().path(), problem.get().message());
            }
            waiting = waiting.or(() -> problem);
        }
        for (Link link : record.links()) {
            if (!checked.lots().contains(link.lot())) {
                LinkChecks.LinkFailure untouched = LinkChecks.untouched(link.lot());
                return refuse(record, untouched.code(), "/links", untouched.message());
            }
        }
        if (checked.event().isPresent()) {
            Optional<Finding> evidence = ClaimEvidence.missing(record, checked.event().get(), this::acceptedCertificate)
                    .or(() -> ClaimEvidence.plotMissing(record, checked.event().get(), (plot, actor) -> store.plot(plot, actor).isPresent()));
            waiting = waiting.or(() -> evidence);
        }
        if (waiting.isPresent()) {
            // every lot was looked at first: a permanent problem with another lot must not wait behind this one
            return new Deferred(Optional.of(record.hash()), waiting.get().code(), waiting.get().message());
        }
        store.insertPending(new StoredRecord(record.hash(), wire, record.type(), record.actor(), record.time(), positions,
                RecordState.PENDING, OptionalLong.empty(), Optional.empty()));
        return claimAndAccept(record, positions);
    }

    /** A REJECTED copy counts as absent: a correctly signed copy of a certificate may still arrive, as for a link target. */
    private boolean acceptedCertificate(Digest hash) {
        return store.record(hash).filter(r -> r.state() == RecordState.ACCEPTED && r.type() == RecordType.CERTIFICATE).isPresent();
    }

    /** An ACCEPTED record of the store, as {@link CertificateStatusRule} needs it; a PENDING or REJECTED one is not accepted. */
    private Optional<CertificateStatusRule.Accepted> accepted(Digest hash) {
        return store.record(hash).filter(r -> r.state() == RecordState.ACCEPTED)
                .map(r -> new CertificateStatusRule.Accepted(r.type(), r.actor()));
    }

    /**
     * Gives up on a record that stayed deferred past the retry bound: a PENDING copy is rejected and
     * its claims released, so nothing it held blocks a lot.
     */
    public AppendOutcome abandon(byte[] wire, ReasonCode code, String message) {
        SignedRecord record = RecordCodec.parse(wire);
        Optional<StoredRecord> existing = store.record(record.hash());
        if (existing.isPresent() && existing.get().state() == RecordState.PENDING) {
            release(record.hash(), existing.get().lotPositions());
            store.markRejected(record.hash(), code + ": " + message);
        }
        return store.record(record.hash()).filter(r -> r.state() == RecordState.ACCEPTED)
                .<AppendOutcome>map(r -> new Duplicate(r.hash(), r.position().orElseThrow()))
                .orElse(new Rejected(Optional.of(record.hash()), code, "", message));
    }

    /**
     * The record's position in {@code lot} goes into {@code positions}; otherwise the problem, permanent or
     * waiting, by the shared link rule ({@link LinkChecks#judge}). An accepted predecessor that touches the
     * lot is taken as the head here; whether it still is, the claim on the next position decides (a FORK).
     * A REJECTED predecessor can never be accepted, so waiting for it is pointless: it counts as a record
     * the chain does not continue from.
     */
    private Optional<Finding> position(SignedRecord record, String lot, Map<String, Long> positions, RegistryView registry) {
        Optional<Digest> prev = record.links().stream().filter(l -> l.lot().equals(lot)).map(Link::prev).findFirst();
        Optional<StoredRecord> linked = prev.flatMap(store::record);
        Long at = linked.map(r -> r.lotPositions().get(lot)).orElse(null);
        LinkChecks.Target target = linked.isEmpty() || linked.get().state() == RecordState.PENDING ? LinkChecks.Target.UNKNOWN
                : linked.get().state() == RecordState.REJECTED || at == null ? LinkChecks.Target.NOT_HEAD : LinkChecks.Target.HEAD;
        Optional<LinkChecks.LinkFailure> failure = LinkChecks.judge(lot, prev, prev.isEmpty() && store.head(lot).isPresent(), target);
        if (failure.isEmpty() && prev.isEmpty()) {
            failure = LinkChecks.ownership(record, lot, registry);
        }
        if (failure.isPresent()) {
            return Optional.of(new Finding(failure.get().code(), "/links", failure.get().message()));
        }
        positions.put(lot, prev.isEmpty() ? 0L : at + 1);
        return Optional.empty();
    }

    private AppendOutcome claimAndAccept(SignedRecord record, Map<String, Long> positions) {
        List<Map.Entry<String, Long>> lots = new ArrayList<>(positions.entrySet());
        for (int i = 0; i < lots.size(); i++) {
            String lot = lots.get(i).getKey();
            long at = lots.get(i).getValue();
            Digest holder = store.claim(lot, at, record.hash());
            if (!holder.equals(record.hash())) {
                Optional<StoredRecord> other = store.record(holder);
                if (other.isPresent() && other.get().state() == RecordState.REJECTED) {
                    store.release(lot, at, holder);
                    holder = store.claim(lot, at, record.hash());
                    other = store.record(holder);
                }
                if (!holder.equals(record.hash())) {
                    // every position, not only those before this lot: a batch that fell back here may have won later ones
                    release(record.hash(), positions);
                    if (other.isPresent() && other.get().state() == RecordState.ACCEPTED) {
                        store.markRejected(record.hash(), ReasonCode.FORK + ": lot " + lot + " position " + at + " is held by " + holder);
                        return new Rejected(Optional.of(record.hash()), ReasonCode.FORK, "/links",
                                "lot " + lot + " already continues with record " + holder + " at position " + at);
                    }
                    return new Deferred(Optional.of(record.hash()), ReasonCode.LOT_CONTENDED,
                            "lot " + lot + " position " + at + " is being appended by record " + holder);
                }
            }
        }
        Optional<Finding> conflict = bindings.bind(record);
        if (conflict.isPresent()) {
            release(record.hash(), positions);
            store.markRejected(record.hash(), conflict.get().code() + ": " + conflict.get().message());
            return new Rejected(Optional.of(record.hash()), conflict.get().code(), conflict.get().path(), conflict.get().message());
        }
        long position = store.nextPosition();
        while (!store.markAccepted(record.hash(), position)) {
            StoredRecord now = store.record(record.hash()).orElseThrow();
            if (now.state() != RecordState.PENDING) {
                return settled(now, record);
            }
            position = store.nextPosition();
        }
        advanceHeads(record.hash(), positions);
        return new Accepted(record.hash(), position);
    }

    private AppendOutcome settled(StoredRecord stored, SignedRecord record) {
        if (stored.state() == RecordState.ACCEPTED) {
            advanceHeads(stored.hash(), stored.lotPositions());
            bindings.bind(record);
            return new Duplicate(stored.hash(), stored.position().orElseThrow());
        }
        String reason = stored.rejection().orElse(ReasonCode.FORK + ": rejected");
        int colon = reason.indexOf(": ");
        return new Rejected(Optional.of(stored.hash()), ReasonCode.valueOf(reason.substring(0, colon)), "", reason.substring(colon + 2));
    }

    private void advanceHeads(Digest hash, Map<String, Long> positions) {
        positions.forEach((lot, at) -> store.advanceHead(new LotHead(lot, at, hash)));
    }

    /** Releases every claim {@code hash} may hold; a claim another record holds stays. */
    private void release(Digest hash, Map<String, Long> positions) {
        positions.forEach((lot, at) -> store.release(lot, at, hash));
    }

    private AppendOutcome refuse(SignedRecord record, ReasonCode code, String path, String message) {
        if (!code.permanent()) {
            return new Deferred(Optional.of(record.hash()), code, message);
        }
        store.record(record.hash()).filter(r -> r.state() == RecordState.PENDING).ifPresent(r -> {
            release(r.hash(), r.lotPositions());
            store.markRejected(r.hash(), code + ": " + message);
        });
        return new Rejected(Optional.of(record.hash()), code, path, message);
    }
}

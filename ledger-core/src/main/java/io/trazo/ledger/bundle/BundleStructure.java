package io.trazo.ledger.bundle;

import io.trazo.ledger.claim.CertificateStatuses;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.KeyId;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.plot.Plots;
import io.trazo.ledger.record.Link;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignatureEntry;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.DelegationEntry;
import io.trazo.ledger.registry.LotNamespaces;
import io.trazo.ledger.registry.RegistryRecords;
import io.trazo.ledger.verify.Finding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks that make a bundle exactly the history of its head: the head touches the lot, nothing the
 * history needs is missing, nothing else is present, and every record follows what it depends on.
 * Records that cannot be read are skipped here; the record verifier reports them.
 */
final class BundleStructure {

    private final List<Optional<SignedRecord>> records;
    private final Map<Digest, Integer> byHash = new HashMap<>();
    private final Map<String, Integer> keys = new HashMap<>();
    private final Map<String, Integer> actors = new HashMap<>();
    private final Map<String, Integer> revocations = new HashMap<>();
    private final Map<String, Integer> plots = new HashMap<>();
    private final Map<String, Integer> delegations = new HashMap<>();
    /** {@code certificate_status} records by the record hash of the certificate they speak for. */
    private final Map<Digest, List<Integer>> statuses = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    private BundleStructure(List<Optional<SignedRecord>> records) {
        this.records = records;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).isPresent()) {
                index(i, records.get(i).get());
            }
        }
    }

    static List<Finding> check(String lot, Digest head, List<Optional<SignedRecord>> records) {
        BundleStructure s = new BundleStructure(records);
        s.checkHead(lot, head);
        Set<Integer> needed = s.closure(Optional.ofNullable(s.byHash.get(head)).stream().toList());
        s.checkExtras(needed, "the head's history");
        s.checkOrder();
        return s.findings;
    }

    /**
     * An operator-period bundle's shape (§18.1): its roots are the operator's actor record and every event of
     * the period that the bundle holds ({@link OperatorPeriod#owns}); everything else must be in their closure,
     * exactly as for a lot's head. Whether a record of the period was left out altogether is only visible
     * where another record of the bundle links to it ({@code BUNDLE_INCOMPLETE}); the protocol says so.
     */
    static List<Finding> checkPeriod(OperatorPeriod period, List<Optional<SignedRecord>> records) {
        BundleStructure s = new BundleStructure(records);
        List<Integer> roots = new ArrayList<>();
        Integer actor = s.actors.get(period.operator());
        if (actor == null) {
            s.findings.add(new Finding(ReasonCode.BUNDLE_INCOMPLETE, "/records", "the actor record of operator "
                    + period.operator() + " is not in the bundle"));
        } else {
            roots.add(actor);
        }
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).isPresent() && period.owns(records.get(i).get())) {
                roots.add(i);
            }
        }
        Set<Integer> needed = s.closure(roots);
        s.checkExtras(needed, "the records of " + period.operator() + " from " + period.from() + " to " + period.to()
                + ", their upstream or their evidence");
        s.checkOrder();
        return s.findings;
    }

    private void index(int i, SignedRecord r) {
        byHash.putIfAbsent(r.hash(), i);
        try {
            switch (r.type()) {
                case KEY -> keys.putIfAbsent(RegistryRecords.key(r).keyId().value(), i);
                case ACTOR -> actors.putIfAbsent(RegistryRecords.actor(r).id(), i);
                case REVOCATION -> revocations.putIfAbsent(RegistryRecords.revocation(r).keyId().value(), i);
                case PLOT -> plots.putIfAbsent(Plots.read(r).plotId(), i);
                case DELEGATION -> delegations.putIfAbsent(RegistryRecords.delegation(r).name(), i);
                case CERTIFICATE_STATUS -> statuses.computeIfAbsent(CertificateStatuses.read(r).certificate(), c -> new ArrayList<>()).add(i);
                default -> { }
            }
        } catch (RecordException e) {
            // an unreadable body is the record verifier's finding
        }
    }

    private void checkHead(String lot, Digest head) {
        Integer at = byHash.get(head);
        if (at == null) {
            findings.add(new Finding(ReasonCode.BUNDLE_HEAD_MISMATCH, "/head", "head " + head + " is not among the records"));
            return;
        }
        boolean touches = event(records.get(at).get()).map(e -> e.event().lots().contains(lot)).orElse(false);
        if (!touches) {
            findings.add(new Finding(ReasonCode.BUNDLE_HEAD_MISMATCH, "/head",
                    "head " + head + " (/records/" + at + ") is not an event that touches lot " + lot));
        }
    }

    /** Indices of every record the roots' histories need; reports what they need but the bundle lacks. */
    private Set<Integer> closure(List<Integer> roots) {
        Set<Integer> needed = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            int i = todo.poll();
            if (!needed.add(i)) {
                continue;
            }
            SignedRecord r = records.get(i).get();
            for (Link link : r.links()) {
                need(byHash.get(link.prev()), "record " + link.prev() + ", linked from /records/" + i, todo);
            }
            Optional<EventRecord> event = event(r);
            event.ifPresent(e -> e.claims().forEach(c -> need(byHash.get(c.certificate()),
                    "certificate " + c.certificate() + ", claimed in /records/" + i, todo)));
            event.flatMap(e -> e.event().bizLocation()).filter(l -> l.startsWith("urn:trazo:plot:"))
                    .ifPresent(plot -> need(plots.get(plot), "plot record for " + plot + ", the bizLocation of /records/" + i, todo));
            if (!r.type().governance()) {
                for (SignatureEntry sig : r.signatures()) {
                    needKey(sig.keyId(), todo);
                }
            }
            if (r.type() == RecordType.KEY) {
                registryActor(r).ifPresent(a -> Optional.ofNullable(actors.get(a)).ifPresent(todo::add));
            }
            // a left-out status record is invisible here: only the status map's history of the certificate names it (§20.6)
            if (r.type() == RecordType.CERTIFICATE) {
                statuses.getOrDefault(r.hash(), List.of()).forEach(todo::add);
            }
            // a missing delegation is the record verifier's LOT_NOT_OWNED, as a missing key is its UNKNOWN_KEY
            event.filter(e -> r.version() == ProtocolVersion.V2).ifPresent(e -> opened(r, e).forEach(lot ->
                    LotNamespaces.candidates(lot).forEach(ns ->
                            Optional.ofNullable(delegations.get(DelegationEntry.name(ns, r.actor()))).ifPresent(todo::add))));
        }
        return needed;
    }

    /** The lots a record opens: those it touches without a link (protocol §11, step 1 of the link rule). */
    private static Set<String> opened(SignedRecord r, EventRecord e) {
        Set<String> lots = new HashSet<>(e.event().lots());
        r.links().forEach(l -> lots.remove(l.lot()));
        return lots;
    }

    private void needKey(KeyId keyId, Deque<Integer> todo) {
        // a missing key or actor record is reported by the record verifier as UNKNOWN_KEY / UNKNOWN_ACTOR
        Optional.ofNullable(keys.get(keyId.value())).ifPresent(todo::add);
        Optional.ofNullable(revocations.get(keyId.value())).ifPresent(todo::add);
    }

    private void need(Integer index, String what, Deque<Integer> todo) {
        if (index == null) {
            findings.add(new Finding(ReasonCode.BUNDLE_INCOMPLETE, "/records", what + ", is not in the bundle"));
        } else {
            todo.add(index);
        }
    }

    private void checkExtras(Set<Integer> needed, String subject) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).isPresent() && !needed.contains(i)) {
                findings.add(new Finding(ReasonCode.BUNDLE_EXTRA_RECORD, "/records/" + i,
                        "record " + records.get(i).get().hash() + " is not part of " + subject));
            }
        }
    }

    private void checkOrder() {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).isEmpty()) {
                continue;
            }
            SignedRecord r = records.get(i).get();
            List<Integer> deps = new ArrayList<>();
            r.links().forEach(l -> deps.add(byHash.get(l.prev())));
            if (!r.type().governance()) {
                r.signatures().forEach(s -> deps.add(keys.get(s.keyId().value())));
            }
            if (r.type() == RecordType.KEY) {
                registryActor(r).ifPresent(a -> deps.add(actors.get(a)));
            }
            if (r.type() == RecordType.REVOCATION) {
                revokedKey(r).ifPresent(k -> deps.add(keys.get(k)));
            }
            if (r.type() == RecordType.CERTIFICATE_STATUS) {
                statusOf(r).ifPresent(c -> deps.add(byHash.get(c)));
            }
            for (Integer d : deps) {
                if (d != null && d > i) {
                    findings.add(new Finding(ReasonCode.BUNDLE_ORDER, "/records/" + i, "record " + r.hash()
                            + " comes before /records/" + d + " (" + records.get(d).get().hash() + "), which it depends on"));
                }
            }
        }
    }

    private static Optional<EventRecord> event(SignedRecord r) {
        if (r.type() != RecordType.EVENT) {
            return Optional.empty();
        }
        try {
            return Optional.of(EventRecords.read(r));
        } catch (RecordException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> registryActor(SignedRecord r) {
        try {
            return Optional.of(RegistryRecords.key(r).actor());
        } catch (RecordException e) {
            return Optional.empty();
        }
    }

    private static Optional<Digest> statusOf(SignedRecord r) {
        try {
            return Optional.of(CertificateStatuses.read(r).certificate());
        } catch (RecordException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> revokedKey(SignedRecord r) {
        try {
            return Optional.of(RegistryRecords.revocation(r).keyId().value());
        } catch (RecordException e) {
            return Optional.empty();
        }
    }
}

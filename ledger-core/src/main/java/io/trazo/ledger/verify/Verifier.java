package io.trazo.ledger.verify;

import io.trazo.ledger.concurrent.Parallelism;
import io.trazo.ledger.chain.LinkChecks;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.VerifiedSignatures;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.plot.Plots;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.Registry;
import io.trazo.ledger.registry.RegistryRecords;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies a self-contained set of records offline, trusting only the trust-root keys.
 *
 * <p>Registry records are applied first (actors, then keys, then revocations, each by time), so the
 * registry is the one the set establishes. Other records are then taken in an order consistent with
 * their links (a record after every record it links to; ties by time, then input order), checked
 * against that registry, and their links checked against lot heads as the set builds them. A record
 * whose own checks fail does not become a lot head, so records that build on it fail their links too.
 */
public final class Verifier {

    private final RecordVerifier records;
    private final Parallelism parallelism;

    public Verifier(TrustRoot trustRoot, RolePolicy policy) {
        this(trustRoot, policy, Optional.empty());
    }

    /** See {@link RecordVerifier#RecordVerifier(TrustRoot, RolePolicy, Optional)}. */
    public Verifier(TrustRoot trustRoot, RolePolicy policy, Optional<VerifiedSignatures> memo) {
        this(trustRoot, policy, memo, Parallelism.SERIAL);
    }

    /**
     * @param parallelism threads for the records' own checks (signatures above all), which depend only on
     *     the registry the set establishes; links are still checked in one pass, in link order
     */
    public Verifier(TrustRoot trustRoot, RolePolicy policy, Optional<VerifiedSignatures> memo, Parallelism parallelism) {
        this.records = new RecordVerifier(trustRoot, policy, memo);
        this.parallelism = parallelism;
    }

    public VerificationReport verify(List<byte[]> wire) {
        RecordReport[] reports = new RecordReport[wire.size()];
        List<SignedRecord> parsed = new ArrayList<>(wire.size());
        for (int i = 0; i < wire.size(); i++) {
            try {
                parsed.add(RecordCodec.parse(wire.get(i)));
            } catch (RecordException e) {
                reports[i] = RecordReport.unreadable(i, Finding.of(e));
                parsed.add(null);
            }
        }
        return verify(parsed, reports, Map.of());
    }

    /**
     * As {@link #verify(List)} over records already parsed from their wire bytes (report indices are
     * list indices), reusing event bodies already read: {@code events} maps a record hash to the
     * {@link io.trazo.ledger.event.EventRecords#read} result of that very record; records it lacks are read here.
     */
    public VerificationReport verifyParsed(List<SignedRecord> records, Map<Digest, EventRecord> events) {
        return verify(records, new RecordReport[records.size()], events);
    }

    private VerificationReport verify(List<SignedRecord> records, RecordReport[] reports, Map<Digest, EventRecord> events) {
        List<Parsed> parsed = new ArrayList<>();
        Set<Digest> seen = new HashSet<>();
        Registry registry = new Registry();
        for (int i = 0; i < records.size(); i++) {
            SignedRecord record = records.get(i);
            if (record == null) {
                continue;
            }
            if (!seen.add(record.hash())) {
                reports[i] = RecordReport.duplicate(i, record, new Finding(ReasonCode.DUPLICATE_RECORD, "",
                        "record " + record.hash() + " appears more than once"));
            } else {
                parsed.add(new Parsed(i, record));
            }
        }
        parsed.sort(Comparator.comparingInt((Parsed p) -> registryRank(p.record.type()))
                .thenComparing(p -> p.record.time()).thenComparingInt(p -> p.index));
        List<Parsed> others = new ArrayList<>();
        for (Parsed p : parsed) {
            if (p.record.type().governance()) {
                reports[p.index] = applyRegistryRecord(p, registry);
            } else {
                others.add(p);
            }
        }
        // the registry is complete now and only read from here on, so each record's own checks are independent
        List<Parsed> ordered = linkOrder(others);
        CheckedRecord[] checks = new CheckedRecord[ordered.size()];
        parallelism.forEach(ordered.size(), k -> checks[k] = this.records.check(ordered.get(k).index, ordered.get(k).record,
                Optional.ofNullable(events.get(ordered.get(k).record.hash())), registry));
        Map<String, Digest> heads = new HashMap<>();
        Set<Digest> accepted = new HashSet<>();
        for (Parsed p : parsed) {
            if (p.record.type().governance() && reports[p.index].ok()) {
                accepted.add(p.record.hash());
            }
        }
        // certificates touch no lot and link nothing: one whose own checks passed is accepted wherever it sits in the set
        Set<Digest> certificates = new HashSet<>();
        Set<List<String>> plots = new HashSet<>();
        for (int k = 0; k < ordered.size(); k++) {
            if (ordered.get(k).record.type() == RecordType.CERTIFICATE && checks[k].report().ok()) {
                certificates.add(ordered.get(k).record.hash());
            }
            if (ordered.get(k).record.type() == RecordType.PLOT && checks[k].report().ok()) {
                plots.add(List.of(Plots.read(ordered.get(k).record).plotId(), ordered.get(k).record.actor()));
            }
        }
        for (int k = 0; k < ordered.size(); k++) {
            Parsed p = ordered.get(k);
            CheckedRecord checked = checks[k];
            // links are judged only for a record whose own content passed: a record that failed its
            // signature has no trusted event, so it can touch no lot and its links say nothing
            RecordReport report = checked.report().ok() ? checked.report().withLinks(links(p.record, checked, heads, accepted, registry))
                    : checked.report();
            if (checked.report().ok() && checked.event().isPresent()) {
                Optional<Finding> missing = ClaimEvidence.missing(p.record, checked.event().get(), certificates::contains)
                        .or(() -> ClaimEvidence.plotMissing(p.record, checked.event().get(), (plot, actor) -> plots.contains(List.of(plot, actor))));
                if (missing.isPresent()) {
                    report = report.withFinding(missing.get());
                }
            }
            if (report.ok()) {
                checked.lots().forEach(lot -> heads.put(lot, p.record.hash()));
                accepted.add(p.record.hash());
            }
            reports[p.index] = report;
        }
        certificateStatuses(parsed, reports);
        return new VerificationReport(List.of(reports));
    }

    /**
     * §8.7: a status record is judged against the certificates the whole set accepted, after every
     * other record, because it names its certificate by hash and not by link, so link order does not
     * put the certificate first. No record builds on a status record, so judging it last changes no other verdict.
     */
    private static void certificateStatuses(List<Parsed> parsed, RecordReport[] reports) {
        Map<Digest, CertificateStatusRule.Accepted> accepted = new HashMap<>();
        for (Parsed p : parsed) {
            if (reports[p.index].ok()) {
                accepted.put(p.record.hash(), new CertificateStatusRule.Accepted(p.record.type(), p.record.actor()));
            }
        }
        for (Parsed p : parsed) {
            if (reports[p.index].ok()) {
                CertificateStatusRule.judge(p.record, h -> Optional.ofNullable(accepted.get(h)))
                        .ifPresent(f -> reports[p.index] = reports[p.index].withFinding(f));
            }
        }
    }

    private static List<LinkReport> links(SignedRecord record, CheckedRecord checked, Map<String, Digest> heads, Set<Digest> accepted,
            Registry registry) {
        List<LinkReport> links = new ArrayList<>();
        for (LinkChecks.LinkResult r : LinkChecks.check(record, checked.lots(), lot -> Optional.ofNullable(heads.get(lot)),
                accepted::contains)) {
            boolean opens = r.prev().isEmpty() && r.expected().isEmpty() && checked.lots().contains(r.lot());
            Optional<LinkChecks.LinkFailure> failure = r.failure().isEmpty() && opens
                    ? LinkChecks.ownership(record, r.lot(), registry) : r.failure();
            links.add(new LinkReport(r.lot(), r.prev(), r.expected(), failure.map(f -> new Finding(f.code(), "/links", f.message()))));
        }
        return links;
    }

    private RecordReport applyRegistryRecord(Parsed p, Registry registry) {
        RecordReport report = records.check(p.index, p.record, registry).report();
        if (!report.ok()) {
            return report;
        }
        try {
            switch (p.record.type()) {
                case ACTOR -> registry.add(RegistryRecords.actor(p.record));
                case KEY -> registry.add(RegistryRecords.key(p.record));
                case REVOCATION -> registry.add(RegistryRecords.revocation(p.record));
                case DELEGATION -> registry.add(RegistryRecords.delegation(p.record));
                default -> throw new IllegalStateException(p.record.type().wire());
            }
            return report;
        } catch (RecordException e) {
            return report.withFinding(Finding.of(e));
        }
    }

    /** Kahn's algorithm over links inside the set; records in a cycle or linking outside keep their time order. */
    private static List<Parsed> linkOrder(List<Parsed> records) {
        Map<Digest, Parsed> byHash = new HashMap<>();
        records.forEach(p -> byHash.put(p.record.hash(), p));
        Map<Parsed, Integer> pending = new HashMap<>();
        Map<Digest, List<Parsed>> dependents = new HashMap<>();
        for (Parsed p : records) {
            int n = 0;
            for (var link : p.record.links()) {
                if (byHash.containsKey(link.prev()) && !link.prev().equals(p.record.hash())) {
                    dependents.computeIfAbsent(link.prev(), k -> new ArrayList<>()).add(p);
                    n++;
                }
            }
            pending.put(p, n);
        }
        List<Parsed> ordered = new ArrayList<>();
        java.util.PriorityQueue<Parsed> ready = new java.util.PriorityQueue<>(
                Comparator.comparing((Parsed p) -> p.record.time()).thenComparingInt(p -> p.index));
        records.stream().filter(p -> pending.get(p) == 0).forEach(ready::add);
        while (!ready.isEmpty()) {
            Parsed p = ready.poll();
            ordered.add(p);
            for (Parsed d : dependents.getOrDefault(p.record.hash(), List.of())) {
                if (pending.merge(d, -1, Integer::sum) == 0) {
                    ready.add(d);
                }
            }
        }
        records.stream().filter(p -> pending.get(p) > 0).forEach(ordered::add);
        return ordered;
    }

    private static int registryRank(RecordType type) {
        return switch (type) {
            case ACTOR -> 0;
            case KEY -> 1;
            case REVOCATION, DELEGATION -> 2;
            case PLOT, CERTIFICATE, CERTIFICATE_STATUS, AUDIT_REPORT, LOCATION -> 3;
            case EVENT -> 4;
        };
    }

    private record Parsed(int index, SignedRecord record) {}
}

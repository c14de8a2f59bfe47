package io.trazo.ledger.bundle;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.log.LogEvidence;
import io.trazo.ledger.log.LogLookupException;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.provenance.ParsedRecords;
import io.trazo.ledger.provenance.ProvenanceException;
import io.trazo.ledger.provenance.Trace;
import io.trazo.ledger.provenance.TracedRecord;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.registry.DelegationEntry;
import io.trazo.ledger.registry.LotNamespaces;
import io.trazo.ledger.registry.RegistryRecords;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LedgerReader.RegistryKind;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assembles what a bundle holds for an upstream {@link Trace}: the trace's records, the certificates
 * their claims name and those certificates' status records, the plot records their harvests name, and the key, actor and revocation records
 * behind every signature, all accepted, in ledger order. The same set is what server-side verification
 * re-checks, so the service and an offline auditor look at identical evidence.
 */
public final class BundleExporter {

    private final LedgerReader reader;
    private final PlotDirectory plots;
    private final CertificateStatusDirectory statuses;
    private final ParsedRecords parser;

    /** An exporter for a ledger without {@code certificate_status} records (see {@link CertificateStatusDirectory#none()}). */
    public BundleExporter(LedgerReader reader, PlotDirectory plots) {
        this(reader, plots, CertificateStatusDirectory.none(), ParsedRecords.none());
    }

    /** An exporter for a ledger without status records that parses through {@code parser}. */
    public BundleExporter(LedgerReader reader, PlotDirectory plots, ParsedRecords parser) {
        this(reader, plots, CertificateStatusDirectory.none(), parser);
    }

    /** An exporter that parses certificates, plots and registry records through {@code parser}. */
    public BundleExporter(LedgerReader reader, PlotDirectory plots, CertificateStatusDirectory statuses, ParsedRecords parser) {
        this.reader = reader;
        this.plots = plots;
        this.statuses = statuses;
        this.parser = parser;
    }

    /** The bundle without log evidence. */
    public byte[] export(Trace upstream) {
        List<byte[]> wires = new ArrayList<>();
        contents(upstream).forEach(r -> wires.add(r.wire()));
        return BundleFormat.write(upstream.lot(), upstream.head(), wires);
    }

    /**
     * The bundle with a {@code log} member proving every record against the latest published checkpoint,
     * if that checkpoint covers them all; otherwise the bundle without it, saying why. Never a partial
     * {@code log}: its proofs cover every record or it is absent.
     */
    public ExportedBundle export(Trace upstream, LogProofs log) {
        return export(upstream, log, Format2.NONE);
    }

    /**
     * Supplies bundle format 2's members for the checkpoint the bundle is proved against: asked only when the
     * bundle has log evidence, with that checkpoint's tree size, so every member speaks of the same tree.
     */
    public interface Format2 {

        Format2 NONE = new Format2() {
            @Override
            public Optional<JsonArray> keyStatusProofs(long treeSize, List<byte[]> records) {
                return Optional.empty();
            }

            @Override
            public List<String> cosignatures(long treeSize) {
                return List.of();
            }
        };

        /** §20.6's member for {@code records} (wire bytes, bundle order), or empty when it cannot be proven. */
        Optional<JsonArray> keyStatusProofs(long treeSize, List<byte[]> records);

        /** §19.5's lines for the checkpoint of {@code treeSize}, each without its final newline; empty when none. */
        List<String> cosignatures(long treeSize);
    }

    /** {@link #export(Trace, LogProofs)}, in format 2 with {@code members}' proofs and cosignatures when it has log evidence. */
    public ExportedBundle export(Trace upstream, LogProofs log, Format2 members) {
        List<StoredRecord> records = contents(upstream);
        List<byte[]> wires = records.stream().map(StoredRecord::wire).toList();
        Optional<SignedCheckpoint> latest = log.latest();
        if (latest.isEmpty()) {
            return pending(upstream, wires, "the transparency log has published no checkpoint yet");
        }
        LogEvidence evidence;
        try {
            evidence = log.evidence(records.stream().map(StoredRecord::hash).toList(), latest.get().size());
        } catch (LogLookupException e) {
            return pending(upstream, wires, e.getMessage());
        }
        long size = latest.get().size();
        return new ExportedBundle(BundleFormat.write(upstream.lot(), upstream.head(), wires, evidence,
                members.keyStatusProofs(size, wires), members.cosignatures(size)), new ExportedBundle.LogCoverage.Proved(size));
    }

    private static ExportedBundle pending(Trace upstream, List<byte[]> wires, String why) {
        return new ExportedBundle(BundleFormat.write(upstream.lot(), upstream.head(), wires),
                new ExportedBundle.LogCoverage.Pending(why));
    }

    public List<StoredRecord> contents(Trace upstream) {
        return evidence(upstream).stream().map(EvidenceRecord::stored).toList();
    }

    /** {@link #contents} with each record parsed once, for callers that go on to verify it. */
    public List<EvidenceRecord> evidence(Trace upstream) {
        Map<Digest, EvidenceRecord> all = new LinkedHashMap<>();
        for (TracedRecord t : upstream.records()) {
            all.put(t.record().hash(), new EvidenceRecord(t.stored(), t.record(), t.event()));
        }
        List<Digest> extra = new ArrayList<>();
        for (TracedRecord t : upstream.records()) {
            Optional<EventRecord> event = t.event();
            event.ifPresent(e -> e.claims().forEach(c -> extra.add(c.certificate())));
            event.flatMap(e -> e.event().bizLocation()).filter(l -> l.startsWith("urn:trazo:plot:"))
                    .flatMap(plot -> plots.plot(plot, t.record().actor())).ifPresent(extra::add);
        }
        List<Digest> statusRecords = new ArrayList<>();
        for (StoredRecord r : accepted(extra, all.keySet())) {
            EvidenceRecord parsed = parsed(r);
            all.put(r.hash(), parsed);
            if (parsed.record().type() == RecordType.CERTIFICATE) {
                statusRecords.addAll(statuses.statuses(r.hash(), parsed.record().actor()));
            }
        }
        // what the audit says of a claim depends on its certificate's later status records (§18, §20.6)
        accepted(statusRecords, all.keySet()).forEach(r -> all.put(r.hash(), parsed(r)));
        Set<String> keyIds = new TreeSet<>();
        for (EvidenceRecord r : all.values()) {
            if (!r.record().type().governance()) {
                r.record().signatures().stream().map(s -> s.keyId().value()).forEach(keyIds::add);
            }
        }
        List<Digest> registry = new ArrayList<>(reader.bound(RegistryKind.KEY, keyIds).values());
        registry.addAll(reader.bound(RegistryKind.REVOCATION, keyIds).values());
        registry.addAll(reader.bound(RegistryKind.DELEGATION, delegations(all.values())).values());
        Set<String> actors = new TreeSet<>();
        for (StoredRecord k : accepted(registry, all.keySet())) {
            EvidenceRecord parsed = parsed(k);
            all.put(k.hash(), parsed);
            if (parsed.record().type() == RecordType.KEY) {
                actors.add(RegistryRecords.key(parsed.record()).actor());
            }
        }
        List<Digest> actorRecords = new ArrayList<>(reader.bound(RegistryKind.ACTOR, actors).values());
        accepted(actorRecords, all.keySet()).forEach(r -> all.put(r.hash(), parsed(r)));
        if (all.size() > BundleFormat.MAX_RECORDS) {
            throw ProvenanceException.tooLarge(upstream.lot(), upstream.direction(), BundleFormat.MAX_RECORDS);
        }
        List<EvidenceRecord> ordered = new ArrayList<>(all.values());
        ordered.sort(Comparator.comparingLong(r -> r.stored().position().orElseThrow()));
        return ordered;
    }

    /**
     * The delegations that may let a v2 record open a lot (protocol §11, lot owners): without them a verifier
     * would find {@code LOT_NOT_OWNED} where ingest, holding the whole registry, accepted. Named per §8.7.
     */
    private static Set<String> delegations(Collection<EvidenceRecord> records) {
        Set<String> names = new TreeSet<>();
        for (EvidenceRecord r : records) {
            if (r.record().version() != ProtocolVersion.V2 || r.event().isEmpty()) {
                continue;
            }
            r.stored().lotPositions().forEach((lot, position) -> {
                if (position == 0) {
                    LotNamespaces.candidates(lot).forEach(ns -> names.add(DelegationEntry.name(ns, r.record().actor())));
                }
            });
        }
        return names;
    }

    /** Certificates, plots and registry records are not events, so there is no body to read. */
    private EvidenceRecord parsed(StoredRecord r) {
        return new EvidenceRecord(r, parser.parse(r).record(), Optional.empty());
    }

    private List<StoredRecord> accepted(List<Digest> hashes, Set<Digest> have) {
        List<Digest> wanted = hashes.stream().filter(h -> !have.contains(h)).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        return reader.records(wanted).values().stream().filter(r -> r.state() == RecordState.ACCEPTED).toList();
    }
}

package io.trazo.ledger.bundle;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.LogEvidence;
import io.trazo.ledger.log.LogLookupException;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.provenance.Direction;
import io.trazo.ledger.provenance.ParsedRecords;
import io.trazo.ledger.provenance.ProvenanceException;
import io.trazo.ledger.provenance.ProvenanceWalker;
import io.trazo.ledger.provenance.Trace;
import io.trazo.ledger.provenance.TracedRecord;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LedgerReader.RegistryKind;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Assembles an operator-period bundle (docs/protocol.md §18.1): the period's own records, which the caller
 * finds (the store's reader port has no per-actor look-up), their upstream through links, and the same
 * evidence a lot's bundle carries for those ({@link BundleExporter#evidence}, so certificates and their
 * status records, plots, registry records and delegations follow one rule for both kinds), plus the operator's actor record.
 */
public final class PeriodBundleExporter {

    private final LedgerReader reader;
    private final ProvenanceWalker walker;
    private final BundleExporter exporter;

    /** @param statuses the certificates' status records, which a complete bundle carries (§18) as a lot's bundle does */
    public PeriodBundleExporter(LedgerReader reader, PlotDirectory plots, CertificateStatusDirectory statuses, ParsedRecords parser) {
        this.reader = reader;
        this.walker = new ProvenanceWalker(reader, parser);
        this.exporter = new BundleExporter(reader, plots, statuses, parser);
    }

    /**
     * The bundle's records in ledger order.
     *
     * @param own the hashes of the period's own records ({@link OperatorPeriod#owns}), all accepted
     * @throws ProvenanceException {@code UNKNOWN_LOT} (naming the operator) when no actor record registers it,
     *     {@code TOO_LARGE} past {@link BundleFormat#MAX_RECORDS}, {@code INCONSISTENT_STORE} for a link the store lacks
     */
    public List<StoredRecord> contents(OperatorPeriod period, Set<Digest> own) {
        String subject = period.operator() + " from " + period.from() + " to " + period.to();
        Digest actor = reader.bound(RegistryKind.ACTOR, period.operator()).orElseThrow(() -> ProvenanceException.unknownLot(subject));
        List<TracedRecord> upstream = walker.upstream(subject, own, BundleFormat.MAX_RECORDS);
        // BundleExporter reads only a trace's records (and its subject, for errors); the actor record stands in as head
        List<StoredRecord> records = new ArrayList<>(exporter.contents(new Trace(subject, Direction.UPSTREAM, actor, upstream)));
        if (records.stream().noneMatch(r -> r.hash().equals(actor))) {
            reader.record(actor).filter(r -> r.state() == RecordState.ACCEPTED).ifPresent(records::add);
            records.sort(Comparator.comparingLong(r -> r.position().orElseThrow()));
        }
        if (records.size() > BundleFormat.MAX_RECORDS) {
            throw ProvenanceException.tooLarge(subject, Direction.UPSTREAM, BundleFormat.MAX_RECORDS);
        }
        return records;
    }

    /**
     * The bundle, with log evidence and {@code members}' format-2 members when the latest checkpoint covers
     * every record; otherwise without any of them, saying why (as {@link BundleExporter#export} does).
     */
    public ExportedBundle export(OperatorPeriod period, List<StoredRecord> records, LogProofs log, BundleExporter.Format2 members) {
        List<byte[]> wires = records.stream().map(StoredRecord::wire).toList();
        Optional<SignedCheckpoint> latest = log.latest();
        if (latest.isEmpty()) {
            return pending(period, wires, "the transparency log has published no checkpoint yet");
        }
        LogEvidence evidence;
        try {
            evidence = log.evidence(records.stream().map(StoredRecord::hash).toList(), latest.get().size());
        } catch (LogLookupException e) {
            return pending(period, wires, e.getMessage());
        }
        long size = latest.get().size();
        return new ExportedBundle(BundleFormat.writePeriod(period, wires, Optional.of(evidence), members.keyStatusProofs(size, wires),
                members.cosignatures(size)), new ExportedBundle.LogCoverage.Proved(size));
    }

    private static ExportedBundle pending(OperatorPeriod period, List<byte[]> wires, String why) {
        return new ExportedBundle(BundleFormat.writePeriod(period, wires, Optional.empty(), Optional.empty(), List.of()),
                new ExportedBundle.LogCoverage.Pending(why));
    }
}

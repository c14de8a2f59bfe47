package io.trazo.query.provenance;

import io.trazo.audit.ClaimStanding;
import io.trazo.ledger.bundle.PlotDirectory;
import io.trazo.ledger.claim.Certificate;
import io.trazo.ledger.claim.Certificates;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.event.EpcisEvent;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.event.EventType;
import io.trazo.ledger.plot.Plot;
import io.trazo.ledger.plot.Plots;
import io.trazo.ledger.provenance.Trace;
import io.trazo.ledger.provenance.TracedRecord;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.query.audit.AuditLedger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Reads a lot's summary out of its upstream trace: who holds it, how much, where it grew, what is claimed. */
@Component
public class LotSummaries {

    private final Provenance provenance;
    private final LedgerReader reader;
    private final PlotDirectory plots;
    private final AuditLedger audits;

    public LotSummaries(Provenance provenance, LedgerReader reader, PlotDirectory plots, AuditLedger audits) {
        this.provenance = provenance;
        this.reader = reader;
        this.plots = plots;
        this.audits = audits;
    }

    public LotSummary summary(String lot) {
        return summary(lot, provenance.upstream(lot, provenance.maxRecords()));
    }

    /** The summary read out of the lot's upstream walk at {@link Provenance#maxRecords()}, made by the caller. */
    public LotSummary summary(String lot, Trace trace) {
        return summary(lot, trace, Map.of());
    }

    /**
     * As {@link #summary(String, Trace)}, taking plot and certificate records from {@code checked} (records the caller
     * has just re-read and verified, by hash) before asking the store: the page view's one evidence read serves both.
     */
    public LotSummary summary(String lot, Trace trace, Map<Digest, StoredRecord> checked) {
        java.util.function.Function<Digest, Optional<StoredRecord>> records =
                d -> Optional.ofNullable(checked.get(d)).or(() -> reader.record(d));
        List<TracedRecord> own = trace.records().stream().filter(t -> t.stored().lotPositions().containsKey(lot)).toList();
        TracedRecord latest = own.get(own.size() - 1);
        Optional<EpcisEvent.Quantity> quantity = Optional.empty();
        Optional<String> producedBy = Optional.empty();
        for (TracedRecord t : own) {
            EpcisEvent e = t.event().orElseThrow().event();
            for (EpcisEvent.Quantity q : e.quantities()) {
                if (q.epcClass().equals(lot)) {
                    quantity = Optional.of(q);
                }
            }
            if (producedBy.isEmpty() && (e.type() != EventType.TRANSFORMATION || e.outputs().contains(lot))) {
                producedBy = Optional.of(e.bizStep());
            }
        }
        Map<String, Plot> origin = new LinkedHashMap<>();
        Map<String, LotSummary.Claim> claims = new LinkedHashMap<>();
        for (TracedRecord t : trace.records()) {
            EventRecord event = t.event().orElseThrow();
            event.event().bizLocation().filter(l -> l.startsWith("urn:trazo:plot:")).filter(l -> !origin.containsKey(l))
                    .flatMap(l -> plots.plot(l, t.record().actor())).flatMap(records)
                    .filter(r -> r.state() == RecordState.ACCEPTED)
                    .ifPresent(r -> { Plot p = Plots.read(RecordCodec.parse(r.wire())); origin.put(p.plotId(), p); });
            for (EventRecord.ClaimRef ref : event.claims()) {
                if (claims.containsKey(ref.certificate().hex())) {
                    continue;  // the first event to claim a certificate names it; later ones only read it again
                }
                records.apply(ref.certificate()).filter(r -> r.state() == RecordState.ACCEPTED).ifPresent(r -> {
                    Certificate c = Certificates.read(RecordCodec.parse(r.wire()));
                    List<String> lots = event.claimedLots(ref);
                    claims.putIfAbsent(c.recordHash().hex(), new LotSummary.Claim(c.claim().name().toLowerCase(), c.standard(),
                            c.certificateId(), c.issuer(), c.subject().actor(), lots, c.validAt(t.record().time()), c.recordHash().hex(),
                            null, null, List.of(), false));
                });
            }
        }
        return new LotSummary(lot, trace.head().hex(), producedBy.orElse(null), latest.record().actor(),
                latest.record().time().toString(), quantity.map(q -> new LotSummary.Amount(q.amount().orElse(null), q.uom())).orElse(null),
                new ArrayList<>(origin.values()).stream().map(LotSummary.Origin::of).toList(), standings(lot, claims.values()),
                trace.records().size());
    }

    /**
     * Each claim as the audit judges it for this lot, from the one in-memory fold (no second computation).
     * While the fold warms up at start the claims go out without a status, as for a lot the audit has not
     * folded: a summary never waits for the whole ledger to be read.
     */
    private List<LotSummary.Claim> standings(String lot, java.util.Collection<LotSummary.Claim> claims) {
        return audits.readIfWarm(fold -> fold.lot(lot).map(audit -> claims.stream()
                .map(c -> c.standing(ClaimStanding.of(fold, audit, Digest.fromHex(c.certificate())))).toList()))
                .flatMap(o -> o).orElseGet(() -> List.copyOf(claims));
    }
}

package io.trazo.audit;

import io.trazo.ledger.claim.Certificate;
import io.trazo.ledger.claim.Certificates;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.plot.Plot;
import io.trazo.ledger.plot.Plots;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit as a fold: give it every record in log order, one at a time ({@link #accept}), and ask it
 * about a lot, an operator's mass balance or a certificate at any point. Each record costs work in
 * proportion to the lots it names, never a rescan, so a service can keep one fold in memory and feed it
 * new records as they are accepted, and an offline certifier can fold a bundle's records and get the
 * same answers.
 *
 * <p>Not thread-safe: one writer feeds it; readers must hold the same lock or read a copy.
 */
public final class AuditFold {

    private final CertificateBook certificates = new CertificateBook();
    private final Registrations registrations = new Registrations();
    private final Map<String, Plot> plots = new HashMap<>();
    final Locations locations = new Locations();
    private final List<TraceRow> rows = new ArrayList<>();
    final Map<String, LotState> lots = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final EventStep events;
    private final MassBalance massBalance;
    private long folded;

    public AuditFold(SchemeRules rules, ConversionTable factors, Periods periods) {
        this.massBalance = new MassBalance(periods);
        this.events = new EventStep(this, rules, new Yields(factors), new ClaimChecks(certificates, registrations), massBalance);
    }

    /** The default scheme rules and conversion factors, balances by quarter. */
    public static AuditFold withDefaults() {
        return new AuditFold(SchemeRules.defaults(), ConversionTable.defaults(), Periods.QUARTER);
    }

    /**
     * Folds one record. Records MUST come in log order and MUST have been verified; records of a type the
     * audit does not use (keys, revocations, audit reports…) are counted and otherwise ignored.
     */
    public void accept(AuditRecord record) {
        folded++;
        switch (record.type()) {
            case "actor" -> registrations.add(record);
            case "location" -> locations.add(record);
            case "plot" -> {
                Plot p = Plots.read(record.requireSigned());
                if (p.owner().equals(record.actor())) {
                    plots.putIfAbsent(p.plotId(), p);
                }
            }
            case "certificate" -> certificates.add(Certificates.read(record.requireSigned()));
            case CertificateStatus.TYPE -> certificates.add(CertificateStatus.read(record)).ifPresent(findings::add);
            case "event" -> {
                EventRecord event = EventRecords.read(record.requireSigned());
                events.fold(record, event);
            }
            default -> {
                // not used by the audit
            }
        }
    }

    public long folded() {
        return folded;
    }

    /** The audit of one lot and everything upstream of it, or empty if no folded event names the lot. */
    public Optional<LotAudit> lot(String lot) {
        return Optional.ofNullable(lots.get(lot)).map(s -> LotAudits.of(s, this));
    }

    public MassBalance massBalance() {
        return massBalance;
    }

    /** Findings that belong to no lot: status records not signed by the certificate's issuer, caps exceeded. */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    public CertificateBook certificates() {
        return certificates;
    }

    public Optional<Plot> plot(String plotId) {
        return Optional.ofNullable(plots.get(plotId));
    }

    /** Whether a governance {@code actor} record registering {@code id} has been folded. */
    public boolean knowsActor(String id) {
        return registrations.actor(id).isPresent();
    }

    Optional<Registrations.Actor> actor(String id) {
        return registrations.actor(id);
    }

    /** Every critical tracking event folded so far, in log order. */
    public List<TraceRow> rows() {
        return java.util.Collections.unmodifiableList(rows);
    }

    /** The lot and every lot it was made from, nearest first; empty if no event names the lot. */
    public List<String> upstreamLots(String lot) {
        return Optional.ofNullable(lots.get(lot)).map(s -> LotAudits.upstream(s, this).stream().map(u -> u.lot).toList())
                .orElse(List.of());
    }

    void row(LotState lot, TraceRow row) {
        lot.rows.add(row);
        rows.add(row);
    }

    void finding(Finding f) {
        findings.add(f);
    }

    Optional<Certificate> certificate(io.trazo.ledger.crypto.Digest hash) {
        return certificates.certificate(hash);
    }

    LotState state(String lot) {
        return lots.get(lot);
    }

    LotState create(String lot) {
        return lots.computeIfAbsent(lot, LotState::new);
    }
}

package io.trazo.audit;

import io.trazo.ledger.claim.Certificate;
import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.event.EpcisEvent;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.event.EventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Folds one event: claims, chain of custody, yields, then the mass-balance movements it makes. */
final class EventStep {

    private final AuditFold fold;
    private final SchemeRules rules;
    private final Yields yields;
    private final ClaimChecks checks;
    private final Movements movements;
    private final TraceRows rows;
    /** What each packed container holds, so a handover of the container moves its contents. */
    private final Map<String, List<EpcisEvent.Quantity>> containers = new HashMap<>();

    EventStep(AuditFold fold, SchemeRules rules, Yields yields, ClaimChecks checks, MassBalance massBalance) {
        this.fold = fold;
        this.rules = rules;
        this.yields = yields;
        this.checks = checks;
        this.movements = new Movements(fold, yields, massBalance);
        this.rows = new TraceRows(fold);
    }

    void fold(AuditRecord record, EventRecord event) {
        EpcisEvent e = event.event();
        Set<String> fresh = new HashSet<>();
        e.lots().stream().filter(l -> fold.state(l) == null).forEach(fresh::add);
        track(e);
        Map<ClaimType, Merge.Outcome> merged = Map.of();
        List<LotState> inputs = List.of();
        if (e.type() == EventType.TRANSFORMATION) {
            inputs = e.inputs().stream().map(fold::create).toList();
            merged = Merge.of(inputs, rules);
            transform(record, e, inputs, merged);
        } else {
            Optional<String> plot = e.bizLocation().filter(l -> l.startsWith("urn:trazo:plot:"));
            for (String lot : e.lots()) {
                LotState s = fold.create(lot);
                if (fresh.contains(lot)) {
                    s.custodian = record.actor();
                    s.form = Extensions.outputForm(e);
                    plot.ifPresent(s.plots::add);
                    rows.describe(s, record, e);
                }
            }
        }
        e.lots().forEach(l -> fold.state(l).records.add(record.hash()));
        for (EventRecord.ClaimRef claim : event.claims()) {
            for (String lot : event.claimedLots(claim)) {
                boolean origin = fresh.contains(lot) && e.type() != EventType.TRANSFORMATION;
                Map<ClaimType, Merge.Outcome> m = merged;
                ClaimVerdict verdict = checks.refusal(record, event, claim.certificate(), lot)
                        .orElseGet(() -> standing(record, fold.state(lot), claim.certificate(), origin, m));
                fold.state(lot).verdicts.add(verdict);
            }
        }
        List<EpcisEvent.Quantity> moved = new ArrayList<>(e.quantities());
        e.lots().stream().map(containers::get).filter(c -> c != null).forEach(moved::addAll);
        movements.apply(record, e, fresh, merged, moved);
        rows.rows(record, event, fresh, moved);
    }

    private void transform(AuditRecord record, EpcisEvent e, List<LotState> inputs, Map<ClaimType, Merge.Outcome> merged) {
        Optional<ProductForm> form = Extensions.outputForm(e);
        List<Finding> yieldFindings = yields.check(record, e, inputs, form);
        for (String out : e.outputs()) {
            LotState s = fold.create(out);
            s.form = form.or(() -> s.form);
            s.custodian = record.actor();
            s.parents.add(new LotState.Parent(record.hash(), e.inputs()));
            rows.describe(s, record, e);
            inputs.forEach(i -> s.plots.addAll(i.plots));
            for (Merge.Outcome o : merged.values()) {
                if (!o.dropped()) {
                    s.holdings.put(o.scheme(), o.kept());
                }
                if (o.reason() != null) {
                    s.findings.add(new Finding(o.reason(), describe(o, out), List.of(record.hash())));
                }
            }
            s.findings.addAll(yieldFindings);
        }
    }

    private static String describe(Merge.Outcome o, String out) {
        String what = o.scheme().wire() + " on " + out;
        return switch (o.reason()) {
            case CLAIM_DOWNGRADED -> what + " falls to mass balance: " + String.join(", ", o.culprits()) + " does not qualify";
            case LEVEL_NOT_ALLOWED -> what + " is dropped: the scheme does not allow the level the merge leaves";
            default -> what + " is dropped: " + String.join(", ", o.culprits()) + " does not qualify and the scheme forbids mixing";
        };
    }

    /** A claim whose certificate passed its checks: valid at the lot's level, or invalid for chain of custody. */
    private ClaimVerdict standing(AuditRecord record, LotState s, Digest certificate, boolean origin, Map<ClaimType, Merge.Outcome> merged) {
        Certificate c = fold.certificate(certificate).orElseThrow();
        ClaimType scheme = c.claim();
        Holding h = s.holdings.get(scheme);
        if (h == null && origin) {
            h = new Holding(scheme, CustodyLevel.IDENTITY_PRESERVED, Set.of());
        }
        if (h != null) {
            s.holdings.put(scheme, h.with(certificate));
            s.directClaims.putIfAbsent(certificate, record.hash());
            return ClaimVerdict.valid(record.hash(), s.lot, certificate, scheme, h.level());
        }
        Merge.Outcome o = merged.get(scheme);
        if (o != null && o.dropped() && s.parents.stream().anyMatch(p -> p.record().equals(record.hash()))) {
            return ClaimVerdict.invalid(record.hash(), s.lot, certificate, Optional.of(scheme), o.reason(), describe(o, s.lot));
        }
        return ClaimVerdict.invalid(record.hash(), s.lot, certificate, Optional.of(scheme), AuditReason.NO_CERTIFIED_SOURCE,
                s.lot + " has no " + scheme.wire() + " claim upstream and is not being harvested or produced here");
    }

    private void track(EpcisEvent e) {
        if (e.type() != EventType.AGGREGATION) {
            return;
        }
        Optional<String> parent = e.json().get("parentID").filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
        if (parent.isEmpty()) {
            return;
        }
        if ("ADD".equals(e.action().orElse(""))) {
            List<EpcisEvent.Quantity> held = new ArrayList<>(containers.getOrDefault(parent.get(), List.of()));
            held.addAll(e.quantities());
            containers.put(parent.get(), held);
        } else if ("DELETE".equals(e.action().orElse(""))) {
            containers.remove(parent.get());
        }
    }
}

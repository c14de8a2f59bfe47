package io.trazo.audit;

import io.trazo.ledger.claim.Certificate;
import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.event.EpcisEvent;
import io.trazo.ledger.event.EventType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The certified volume an event moves, in kilograms (other units are not balanced): a harvest puts it
 * in its harvester's stock, a handover moves it from giver to receiver (a container's contents with
 * it), a transformation converts it. In a {@code receiving} step the signing actor receives from the
 * counterparty; in any other handover the signing actor gives.
 */
final class Movements {

    private final AuditFold fold;
    private final Yields yields;
    private final MassBalance balance;

    Movements(AuditFold fold, Yields yields, MassBalance balance) {
        this.fold = fold;
        this.yields = yields;
        this.balance = balance;
    }

    /** @param moved what a handover moves: the event's quantities and the contents of the containers it names */
    void apply(AuditRecord r, EpcisEvent e, Set<String> fresh, Map<ClaimType, Merge.Outcome> merged, List<EpcisEvent.Quantity> moved) {
        if (e.type() == EventType.TRANSFORMATION) {
            convert(r, e, merged);
        } else if (r.counterparty().isPresent()) {
            boolean receiving = e.bizStep().endsWith("receiving");
            String giver = receiving ? r.counterparty().get() : r.actor();
            String receiver = receiving ? r.actor() : r.counterparty().get();
            for (EpcisEvent.Quantity q : moved) {
                handOver(r, q, giver, receiver);
            }
        } else {
            for (EpcisEvent.Quantity q : e.quantities()) {
                LotState s = fold.state(q.epcClass());
                if (fresh.contains(q.epcClass()) && kilograms(q)) {
                    s.holdings.values().forEach(h -> balance.input(new MassBalance.Key(r.actor(), h.scheme(), s.formName()), r.time(),
                            q.amount(), h.certificates(), r.hash()));
                }
            }
        }
    }

    private void handOver(AuditRecord r, EpcisEvent.Quantity q, String giver, String receiver) {
        LotState s = fold.state(q.epcClass());
        if (s == null) {
            return;
        }
        s.custodian = receiver;
        if (!kilograms(q)) {
            return;
        }
        for (Holding h : s.holdings.values()) {
            balance.output(new MassBalance.Key(giver, h.scheme(), s.formName()), r.time(), q.amount(), h.level().physical(), r.hash());
            balance.input(new MassBalance.Key(receiver, h.scheme(), s.formName()), r.time(), q.amount(), h.certificates(), r.hash());
            for (var hash : h.certificates()) {
                Optional<Certificate> c = fold.certificate(hash).filter(cert -> cert.subject().actor().equals(giver));
                if (c.isPresent()) {
                    List<Finding> over = new ArrayList<>();
                    balance.sale(c.get(), q.amount(), r.hash(), over);
                    s.findings.addAll(over);
                    over.forEach(fold::finding);
                }
            }
        }
    }

    private void convert(AuditRecord r, EpcisEvent e, Map<ClaimType, Merge.Outcome> merged) {
        long totalIn = Yields.kilograms(e, EpcisEvent.Direction.IN);
        long totalOut = Yields.kilograms(e, EpcisEvent.Direction.OUT);
        Set<ClaimType> schemes = EnumSet.noneOf(ClaimType.class);
        schemes.addAll(merged.keySet());
        for (ClaimType scheme : schemes) {
            Merge.Outcome outcome = merged.get(scheme);
            long certifiedIn = 0;
            Optional<ProductForm> inForm = Optional.empty();
            for (EpcisEvent.Quantity q : e.quantities()) {
                LotState s = fold.state(q.epcClass());
                Holding h = s.holdings.get(scheme);
                if (q.direction() != EpcisEvent.Direction.IN || h == null || !kilograms(q)) {
                    continue;
                }
                certifiedIn += q.amount();
                inForm = inForm.or(() -> s.form);
                MassBalance.Key key = new MassBalance.Key(r.actor(), scheme, s.formName());
                if (outcome.dropped()) {
                    balance.downgrade(key, r.time(), q.amount(), h.level().physical(), r.hash());
                } else {
                    balance.conversionOut(key, r.time(), q.amount(), h.level().physical(), r.hash());
                }
            }
            if (outcome.dropped() || certifiedIn == 0 || totalIn == 0 || totalOut == 0) {
                continue;
            }
            for (EpcisEvent.Quantity q : e.quantities()) {
                if (q.direction() != EpcisEvent.Direction.OUT || !kilograms(q)) {
                    continue;
                }
                LotState out = fold.state(q.epcClass());
                // under mass balance only the certified share of a mixed output is certified volume
                long share = q.amount() * certifiedIn / totalIn;
                BigDecimal expected = expected(r, inForm, out.form, r.time(), certifiedIn)
                        .map(x -> x.multiply(BigDecimal.valueOf(q.amount())).divide(BigDecimal.valueOf(totalOut), MathContext.DECIMAL64))
                        .orElse(BigDecimal.valueOf(share));
                balance.conversionIn(new MassBalance.Key(r.actor(), scheme, out.formName()), r.time(), share, expected, r.hash());
            }
        }
    }

    private Optional<BigDecimal> expected(AuditRecord r, Optional<ProductForm> from, Optional<ProductForm> to, Instant t, long kgIn) {
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return yields.expected(r.actor(), from.get(), to.get(), t, kgIn);
    }

    private static boolean kilograms(EpcisEvent.Quantity q) {
        return q.uom().equals("KGM");
    }
}

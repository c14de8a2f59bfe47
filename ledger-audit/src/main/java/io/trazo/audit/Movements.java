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
 * The certified volume an event moves, in kilograms as exact decimals (other units are not balanced):
 * a harvest puts it in its harvester's stock, a handover moves it from giver to receiver (a container's
 * contents with it), a transformation converts it. In a {@code receiving} step the signing actor
 * receives from the counterparty; in any other handover the signing actor gives. A quantity element
 * without an amount moves nothing; where it names certified stock, the lot says so
 * ({@link AuditReason#QUANTITY_NOT_STATED}).
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
            new Conversion(fold, yields, balance, r, e).convert(merged);
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
                if (!fresh.contains(q.epcClass()) || s.holdings.isEmpty()) {
                    continue;
                }
                if (Kilograms.unstated(q)) {
                    unstated(r, s, "its harvest names it without a quantity, so no certified volume enters " + r.actor() + "'s stock");
                }
                Kilograms.of(q).ifPresent(kg -> s.holdings.values().forEach(h -> balance.input(
                        new MassBalance.Key(r.actor(), h.scheme(), s.formName()), r.time(), kg, h.certificates(), r.hash())));
            }
        }
    }

    private void handOver(AuditRecord r, EpcisEvent.Quantity q, String giver, String receiver) {
        LotState s = fold.state(q.epcClass());
        if (s == null) {
            return;
        }
        s.custodian = receiver;
        if (Kilograms.unstated(q) && !s.holdings.isEmpty()) {
            unstated(r, s, "a handover from " + giver + " to " + receiver + " names it without a quantity, so no certified volume moves");
        }
        Optional<BigDecimal> kilograms = Kilograms.of(q);
        if (kilograms.isEmpty()) {
            return;
        }
        BigDecimal kg = kilograms.get();
        for (Holding h : s.holdings.values()) {
            balance.output(new MassBalance.Key(giver, h.scheme(), s.formName()), r.time(), kg, h.level().physical(), r.hash());
            balance.input(new MassBalance.Key(receiver, h.scheme(), s.formName()), r.time(), kg, h.certificates(), r.hash());
            for (var hash : h.certificates()) {
                Optional<Certificate> c = fold.certificate(hash).filter(cert -> cert.subject().actor().equals(giver));
                if (c.isPresent()) {
                    List<Finding> over = new ArrayList<>();
                    balance.sale(c.get(), kg, r.hash(), over);
                    s.findings.addAll(over);
                    over.forEach(fold::finding);
                }
            }
        }
    }

    static void unstated(AuditRecord r, LotState s, String why) {
        s.findings.add(new Finding(AuditReason.QUANTITY_NOT_STATED, s.lot + " holds " + schemes(s) + ", but " + why, List.of(r.hash())));
    }

    private static String schemes(LotState s) {
        return String.join(" and ", s.holdings.keySet().stream().map(ClaimType::wire).toList());
    }

    /**
     * {@code of × part / whole}, exact when the quotient has a finite decimal expansion within 34
     * significant digits (every share of a whole number of kilograms in practice); otherwise rounded
     * half-even at the 34th digit, a millionth of a microgram on a container of coffee, rather than
     * truncated as integer kilograms were.
     */
    static BigDecimal share(BigDecimal of, BigDecimal part, BigDecimal whole) {
        return part.compareTo(whole) == 0 ? of : of.multiply(part).divide(whole, MathContext.DECIMAL128);
    }

    /** Uses the nominal factor of the table, from the input's form to the output's; empty if either form or the factor is unknown. */
    static Optional<BigDecimal> expected(Yields yields, AuditRecord r, Optional<ProductForm> from, Optional<ProductForm> to, Instant t,
            BigDecimal kgIn) {
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return yields.expected(r.actor(), from.get(), to.get(), t, kgIn);
    }

    /** The schemes a merge decided, in declaration order, so a fold lists its findings the same way on every run. */
    static Set<ClaimType> schemesOf(Map<ClaimType, Merge.Outcome> merged) {
        Set<ClaimType> schemes = EnumSet.noneOf(ClaimType.class);
        schemes.addAll(merged.keySet());
        return schemes;
    }
}

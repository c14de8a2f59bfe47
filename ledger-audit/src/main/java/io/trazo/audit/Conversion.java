package io.trazo.audit;

import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.event.EpcisEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One transformation's mass-balance movements, scheme by scheme: its certified inputs leave the
 * operator's stock of their form (as a conversion, or as a downgrade when the merge lost the claim),
 * and its outputs enter the stock of theirs. Under mass balance only the certified share of a mixed
 * output is certified volume, so a share needs every input's mass: an input without an amount leaves
 * the share unknown, and then no output is credited rather than a guessed one.
 */
final class Conversion {

    private final AuditFold fold;
    private final Yields yields;
    private final MassBalance balance;
    private final AuditRecord r;
    private final EpcisEvent e;

    Conversion(AuditFold fold, Yields yields, MassBalance balance, AuditRecord r, EpcisEvent e) {
        this.fold = fold;
        this.yields = yields;
        this.balance = balance;
        this.r = r;
        this.e = e;
    }

    void convert(Map<ClaimType, Merge.Outcome> merged) {
        BigDecimal totalIn = Kilograms.total(e, EpcisEvent.Direction.IN);
        BigDecimal totalOut = Kilograms.total(e, EpcisEvent.Direction.OUT);
        boolean inKnown = !Kilograms.incomplete(e, EpcisEvent.Direction.IN);
        for (ClaimType scheme : Movements.schemesOf(merged)) {
            Merge.Outcome outcome = merged.get(scheme);
            BigDecimal certifiedIn = BigDecimal.ZERO;
            boolean certifiedInput = false;
            Optional<ProductForm> inForm = Optional.empty();
            for (EpcisEvent.Quantity q : e.quantities()) {
                LotState s = fold.state(q.epcClass());
                Holding h = s.holdings.get(scheme);
                if (q.direction() != EpcisEvent.Direction.IN || h == null) {
                    continue;
                }
                certifiedInput = true;
                inForm = inForm.or(() -> s.form);
                Optional<BigDecimal> kg = Kilograms.of(q);
                if (Kilograms.unstated(q)) {
                    Movements.unstated(r, s, "the transformation that consumed it states no quantity for it, so " + r.actor()
                            + "'s certified stock is not debited");
                }
                if (kg.isEmpty()) {
                    continue;
                }
                certifiedIn = certifiedIn.add(kg.get());
                MassBalance.Key key = new MassBalance.Key(r.actor(), scheme, s.formName());
                if (outcome.dropped()) {
                    balance.downgrade(key, r.time(), kg.get(), h.level().physical(), r.hash());
                } else {
                    balance.conversionOut(key, r.time(), kg.get(), h.level().physical(), r.hash());
                }
            }
            if (outcome.dropped() || !certifiedInput) {
                continue;
            }
            List<String> unknown = unstatedInputs();
            for (EpcisEvent.Quantity q : e.quantities()) {
                if (q.direction() != EpcisEvent.Direction.OUT) {
                    continue;
                }
                LotState out = fold.state(q.epcClass());
                Optional<BigDecimal> kg = Kilograms.of(q);
                if (Kilograms.unstated(q)) {
                    Movements.unstated(r, out, "the transformation that made it states no quantity for it, so no certified "
                            + scheme.wire() + " volume enters " + r.actor() + "'s stock");
                } else if (!inKnown) {
                    Movements.unstated(r, out, "input " + String.join(", ", unknown) + " of the transformation that made it states no"
                            + " quantity, so its certified " + scheme.wire() + " share is unknown and none is credited");
                }
                if (kg.isEmpty() || !inKnown || certifiedIn.signum() == 0 || totalOut.signum() == 0) {
                    continue;
                }
                BigDecimal share = Movements.share(kg.get(), certifiedIn, totalIn);
                BigDecimal expected = Movements.expected(yields, r, inForm, out.form, r.time(), certifiedIn)
                        .map(x -> Movements.share(x, kg.get(), totalOut)).orElse(share);
                balance.conversionIn(new MassBalance.Key(r.actor(), scheme, out.formName()), r.time(), share, expected, r.hash());
            }
        }
    }

    private List<String> unstatedInputs() {
        List<String> lots = new ArrayList<>();
        for (EpcisEvent.Quantity q : e.quantities()) {
            if (q.direction() == EpcisEvent.Direction.IN && Kilograms.unstated(q)) {
                lots.add(q.epcClass());
            }
        }
        return lots;
    }
}

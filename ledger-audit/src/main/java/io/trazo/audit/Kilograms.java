package io.trazo.audit;

import io.trazo.ledger.event.EpcisEvent;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The mass a quantity element states, as the exact decimal written (protocol v2 allows {@code 200.5});
 * only {@code KGM} is balanced. A v2 element may name its class without a quantity (EPCIS 2.0
 * §7.3.3.3): it states no mass, and moves none.
 */
final class Kilograms {

    static final String UOM = "KGM";

    private Kilograms() {}

    /** The kilograms {@code q} states; empty if it is in another unit or states no amount. */
    static Optional<BigDecimal> of(EpcisEvent.Quantity q) {
        return q.amount().filter(a -> UOM.equals(q.uom()));
    }

    /** Neither a mass nor a count: the element names its class and nothing more. */
    static boolean unstated(EpcisEvent.Quantity q) {
        return q.amount().isEmpty();
    }

    /** The kilograms of one direction of {@code event}; an element without an amount adds nothing. */
    static BigDecimal total(EpcisEvent event, EpcisEvent.Direction direction) {
        return event.quantities().stream().filter(q -> q.direction() == direction).map(Kilograms::of).flatMap(Optional::stream)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether some element of that direction states no amount, so its total is a lower bound only. */
    static boolean incomplete(EpcisEvent event, EpcisEvent.Direction direction) {
        return event.quantities().stream().anyMatch(q -> q.direction() == direction && unstated(q));
    }

    /** For messages: never exponent notation, no trailing zeros ({@code 200.50} and {@code 2.005E2} read 200.5). */
    static String show(BigDecimal kg) {
        return kg.signum() == 0 ? "0" : kg.stripTrailingZeros().toPlainString();
    }
}

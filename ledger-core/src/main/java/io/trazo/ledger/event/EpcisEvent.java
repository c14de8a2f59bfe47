package io.trazo.ledger.event;

import io.trazo.ledger.encoding.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The facts Trazo reads from an EPCIS 2.0 event. The event itself stays as signed, in {@link #json};
 * this view holds what verification, chains and audits need.
 *
 * @param bizStep the business step as a full URI (CBV 2.0 §7.1 bare values are expanded)
 * @param inputs lots consumed or observed: for a TransformationEvent its inputs, otherwise every object the event names
 * @param outputs lots a TransformationEvent produces; empty for other types
 */
public record EpcisEvent(EventType type, Instant eventTime, Optional<String> action, String bizStep,
        Optional<String> disposition, List<String> inputs, List<String> outputs, List<Quantity> quantities,
        Optional<String> bizLocation, JsonObject json) {

    public EpcisEvent {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        quantities = List.copyOf(quantities);
    }

    /** Every lot the event touches, inputs first, without repetition. */
    public Set<String> lots() {
        Set<String> all = new LinkedHashSet<>(inputs);
        all.addAll(outputs);
        return all;
    }

    /**
     * A quantity of an EPC class; {@code direction} says whether it went in or came out. {@code amount}
     * is the number as written (v1: a positive integer; v2: any positive number, or empty when the
     * event names the class without a quantity, as EPCIS 2.0 allows).
     */
    public record Quantity(String epcClass, Optional<BigDecimal> amount, String uom, Direction direction) {}

    public enum Direction {
        IN,
        OUT,
        OBSERVED
    }
}

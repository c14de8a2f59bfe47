package io.trazo.ledger.event;

import java.util.Optional;

/** The five EPCIS 2.0 event types (EPCIS 2.0 §7.4). */
public enum EventType {
    OBJECT("ObjectEvent"),
    AGGREGATION("AggregationEvent"),
    TRANSFORMATION("TransformationEvent"),
    TRANSACTION("TransactionEvent"),
    ASSOCIATION("AssociationEvent");

    private static final EventType[] ALL = values();

    private final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** A loop over one array, not a stream over a fresh {@code values()}: every event names its type. */
    public static Optional<EventType> fromWire(String wire) {
        for (EventType t : ALL) {
            if (t.wire.equals(wire)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

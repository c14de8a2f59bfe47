package io.trazo.ledger.event;

import java.util.Arrays;
import java.util.Optional;

/** The five EPCIS 2.0 event types (EPCIS 2.0 §7.4). */
public enum EventType {
    OBJECT("ObjectEvent"),
    AGGREGATION("AggregationEvent"),
    TRANSFORMATION("TransformationEvent"),
    TRANSACTION("TransactionEvent"),
    ASSOCIATION("AssociationEvent");

    private final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<EventType> fromWire(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
    }
}

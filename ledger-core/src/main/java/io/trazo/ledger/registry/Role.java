package io.trazo.ledger.registry;

import java.util.Arrays;
import java.util.Optional;

/** The parts an actor plays in a coffee supply chain (docs/protocol.md §Roles). */
public enum Role {
    FARM("farm"),
    COOPERATIVE("cooperative"),
    MILL("mill"),
    EXPORTER("exporter"),
    FORWARDER("forwarder"),
    CARRIER("carrier"),
    IMPORTER("importer"),
    CUSTOMS_BROKER("customs_broker"),
    ROASTER("roaster"),
    RETAILER("retailer"),
    CERTIFIER("certifier");

    private final String wire;

    Role(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<Role> fromWire(String wire) {
        return Arrays.stream(values()).filter(r -> r.wire.equals(wire)).findFirst();
    }
}

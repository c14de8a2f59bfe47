package io.trazo.ledger.claim;

import java.util.Arrays;
import java.util.Optional;

/** The ESG claims Trazo knows by name; {@link #OTHER} carries any further scheme named in the certificate's standard. */
public enum ClaimType {
    ORGANIC("organic"),
    FAIRTRADE("fairtrade"),
    RAINFOREST_ALLIANCE("rainforest_alliance"),
    WOMEN_PRODUCED("women_produced"),
    EUDR_DEFORESTATION_FREE("eudr_deforestation_free"),
    OTHER("other");

    private final String wire;

    ClaimType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<ClaimType> fromWire(String wire) {
        return Arrays.stream(values()).filter(c -> c.wire.equals(wire)).findFirst();
    }
}

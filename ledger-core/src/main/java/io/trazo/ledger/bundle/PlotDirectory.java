package io.trazo.ledger.bundle;

import io.trazo.ledger.crypto.Digest;
import java.util.Optional;

/**
 * Finds the accepted record that registered a plot. The store binds no plot names, so this is the one
 * look-up a bundle needs that is not by exact key; adapters say how they serve it.
 */
@FunctionalInterface
public interface PlotDirectory {

    /**
     * The earliest accepted plot record whose {@code plotId} is {@code plotId}.
     *
     * @param registrant the actor expected to have registered it (the actor of the event that names the
     *     plot), which adapters MAY use to narrow the search; it is a hint, not a filter on the answer
     */
    Optional<Digest> plot(String plotId, String registrant);

    static PlotDirectory none() {
        return (plotId, registrant) -> Optional.empty();
    }
}

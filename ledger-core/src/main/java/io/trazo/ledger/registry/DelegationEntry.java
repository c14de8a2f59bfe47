package io.trazo.ledger.registry;

import io.trazo.ledger.crypto.Digest;
import java.time.Instant;
import java.util.Optional;

/**
 * A lot namespace granted to an actor by a governance {@code delegation} record (docs/protocol.md §8):
 * the delegate may open lots in {@code namespace} with records whose time is in {@code [validFrom, validUntil)}.
 */
public record DelegationEntry(String namespace, String delegate, Instant validFrom, Optional<Instant> validUntil,
        Digest recordHash) {

    /** The registry name of this entry: one entry per namespace and delegate. */
    public String name() {
        return name(namespace, delegate);
    }

    public static String name(String namespace, String delegate) {
        return namespace + " " + delegate;
    }

    public boolean validAt(Instant time) {
        return !time.isBefore(validFrom) && validUntil.map(time::isBefore).orElse(true);
    }
}

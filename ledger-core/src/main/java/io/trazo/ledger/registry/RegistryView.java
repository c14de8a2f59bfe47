package io.trazo.ledger.registry;

import io.trazo.ledger.crypto.KeyId;
import java.util.Optional;

/**
 * Read access to the actor registry, the port through which verification sees registry state.
 * Implementations MUST return only entries established by registry records that were themselves
 * verified against the trust root, and MUST answer from one consistent state for the duration of
 * one record's verification.
 */
public interface RegistryView {

    Optional<ActorEntry> actor(String actorId);

    Optional<KeyEntry> key(KeyId keyId);

    Optional<RevocationEntry> revocation(KeyId keyId);

    /** The grant of {@code namespace} to {@code delegate}, if a delegation record made one (protocol v2). */
    Optional<DelegationEntry> delegation(String namespace, String delegate);
}

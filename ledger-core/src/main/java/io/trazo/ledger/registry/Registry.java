package io.trazo.ledger.registry;

import io.trazo.ledger.crypto.KeyId;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory registry, built by applying verified registry records in ledger order. Used by the
 * offline verifier and the CLI; the services keep the same entries in their store.
 *
 * <p>Entries are immutable: registering an actor id or key id a second time with different content
 * is a {@link ReasonCode#REGISTRY_CONFLICT}; the same record again is a no-op.
 */
public final class Registry implements RegistryView {

    private final Map<String, ActorEntry> actors = new HashMap<>();
    private final Map<KeyId, KeyEntry> keys = new HashMap<>();
    private final Map<String, DelegationEntry> delegations = new HashMap<>();
    private final Map<KeyId, RevocationEntry> revocations = new HashMap<>();

    public void add(ActorEntry actor) {
        ActorEntry existing = actors.putIfAbsent(actor.id(), actor);
        if (existing != null && !existing.recordHash().equals(actor.recordHash())) {
            throw new RecordException(ReasonCode.REGISTRY_CONFLICT, "/body/id",
                    "actor " + actor.id() + " is already registered by record " + existing.recordHash());
        }
    }

    public void add(KeyEntry key) {
        if (!actors.containsKey(key.actor())) {
            throw new RecordException(ReasonCode.UNKNOWN_ACTOR, "/body/actor", "actor " + key.actor() + " is not registered");
        }
        KeyEntry existing = keys.putIfAbsent(key.keyId(), key);
        if (existing != null && !existing.recordHash().equals(key.recordHash())) {
            throw new RecordException(ReasonCode.REGISTRY_CONFLICT, "/body/keyId",
                    "key " + key.keyId() + " is already registered by record " + existing.recordHash());
        }
    }

    /** A second revocation of the same key keeps the earlier {@code revokedAt}: revocation only ever widens. */
    public void add(RevocationEntry revocation) {
        if (!keys.containsKey(revocation.keyId())) {
            throw new RecordException(ReasonCode.UNKNOWN_KEY, "/body/keyId", "key " + revocation.keyId() + " is not registered");
        }
        revocations.merge(revocation.keyId(), revocation,
                (a, b) -> a.revokedAt().isAfter(b.revokedAt()) ? b : a);
    }

    @Override
    public Optional<ActorEntry> actor(String actorId) {
        return Optional.ofNullable(actors.get(actorId));
    }

    @Override
    public Optional<KeyEntry> key(KeyId keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public Optional<RevocationEntry> revocation(KeyId keyId) {
        return Optional.ofNullable(revocations.get(keyId));
    }

    /** A delegate must be registered; one namespace and delegate have one entry, like every registry name. */
    public void add(DelegationEntry delegation) {
        if (!actors.containsKey(delegation.delegate())) {
            throw new RecordException(ReasonCode.UNKNOWN_ACTOR, "/body/delegate", "actor " + delegation.delegate() + " is not registered");
        }
        DelegationEntry existing = delegations.putIfAbsent(delegation.name(), delegation);
        if (existing != null && !existing.recordHash().equals(delegation.recordHash())) {
            throw new RecordException(ReasonCode.REGISTRY_CONFLICT, "/body/namespace", "namespace " + delegation.namespace()
                    + " is already delegated to " + delegation.delegate() + " by record " + existing.recordHash());
        }
    }

    @Override
    public Optional<DelegationEntry> delegation(String namespace, String delegate) {
        return Optional.ofNullable(delegations.get(DelegationEntry.name(namespace, delegate)));
    }
}

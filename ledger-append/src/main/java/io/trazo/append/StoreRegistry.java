package io.trazo.append;

import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.crypto.KeyId;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.registry.ActorEntry;
import io.trazo.ledger.registry.DelegationEntry;
import io.trazo.ledger.registry.KeyEntry;
import io.trazo.ledger.registry.RegistryRecords;
import io.trazo.ledger.registry.RegistryView;
import io.trazo.ledger.registry.RevocationEntry;
import io.trazo.ledger.crypto.Digest;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The registry as the store holds it: names bound to registry records, read back by parsing the
 * bound record. Actor and key entries never change once bound, so they are cached; revocations are
 * always read afresh, because a key can be revoked at any moment.
 */
public final class StoreRegistry implements RegistryView {

    private final LedgerReader store;
    private final Map<String, ActorEntry> actors = new ConcurrentHashMap<>();
    private final Map<KeyId, KeyEntry> keys = new ConcurrentHashMap<>();

    public StoreRegistry(LedgerReader store) {
        this.store = store;
    }

    @Override
    public Optional<ActorEntry> actor(String actorId) {
        return cached(actors, actorId, LedgerReader.RegistryKind.ACTOR, actorId,
                w -> RegistryRecords.actor(RecordCodec.parse(w)));
    }

    @Override
    public Optional<KeyEntry> key(KeyId keyId) {
        return cached(keys, keyId, LedgerReader.RegistryKind.KEY, keyId.value(), w -> RegistryRecords.key(RecordCodec.parse(w)));
    }

    @Override
    public Optional<RevocationEntry> revocation(KeyId keyId) {
        return load(LedgerReader.RegistryKind.REVOCATION, keyId.value(), w -> RegistryRecords.revocation(RecordCodec.parse(w)));
    }

    /** Not cached: a grant may be bound at any moment, and only records that open a lot ask. */
    @Override
    public Optional<DelegationEntry> delegation(String namespace, String delegate) {
        return load(LedgerReader.RegistryKind.DELEGATION, DelegationEntry.name(namespace, delegate),
                w -> RegistryRecords.delegation(RecordCodec.parse(w)));
    }

    /**
     * A view for one batch of appends: revocations of the given keys are read now, in one round trip
     * for the bindings (and one for the few revocation records found), and answered from that snapshot;
     * any other key's revocation is read afresh. Actor and key entries come from the shared cache. A
     * revocation bound while the batch runs is seen by the next batch, exactly as if it had arrived just
     * after this batch's records.
     */
    public RegistryView snapshot(Collection<KeyId> keys) {
        Map<String, Digest> bound = store.bound(LedgerReader.RegistryKind.REVOCATION,
                keys.stream().map(KeyId::value).distinct().toList());
        Map<Digest, StoredRecord> records = bound.isEmpty() ? Map.of() : store.records(bound.values());
        Map<KeyId, Optional<RevocationEntry>> revocations = new HashMap<>();
        for (KeyId key : keys) {
            revocations.put(key, Optional.ofNullable(bound.get(key.value())).map(records::get)
                    .map(r -> RegistryRecords.revocation(r.parse())));
        }
        StoreRegistry shared = this;
        return new RegistryView() {
            @Override
            public Optional<ActorEntry> actor(String actorId) {
                return shared.actor(actorId);
            }

            @Override
            public Optional<KeyEntry> key(KeyId keyId) {
                return shared.key(keyId);
            }

            @Override
            public Optional<RevocationEntry> revocation(KeyId keyId) {
                Optional<RevocationEntry> known = revocations.get(keyId);
                return known != null ? known : shared.revocation(keyId);
            }

            @Override
            public Optional<DelegationEntry> delegation(String namespace, String delegate) {
                return shared.delegation(namespace, delegate);
            }
        };
    }

    private <K, V> Optional<V> cached(Map<K, V> cache, K key, LedgerReader.RegistryKind kind, String name, Function<byte[], V> read) {
        V hit = cache.get(key);
        if (hit != null) {
            return Optional.of(hit);
        }
        Optional<V> loaded = load(kind, name, read);
        loaded.ifPresent(v -> cache.put(key, v));
        return loaded;
    }

    private <V> Optional<V> load(LedgerReader.RegistryKind kind, String name, Function<byte[], V> read) {
        return store.bound(kind, name).flatMap(store::record).map(r -> read.apply(r.wire()));
    }
}

package io.trazo.query.location;

import io.trazo.ledger.crypto.KeyId;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.ActorEntry;
import io.trazo.ledger.registry.DelegationEntry;
import io.trazo.ledger.registry.KeyEntry;
import io.trazo.ledger.registry.RegistryRecords;
import io.trazo.ledger.registry.RegistryView;
import io.trazo.ledger.registry.RevocationEntry;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LedgerReader.RegistryKind;
import io.trazo.ledger.store.RecordState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The registry as the store holds it now, for the read-side rule of who speaks for a GLN. Bindings name
 * records that ingest verified against the trust root before binding them, and only accepted ones count.
 *
 * <p>Entries found are remembered: the store inserts a binding once and never changes it, and an accepted record's
 * bytes never change, so a found entry is what the store would answer again (a page re-read the same owner's actor
 * record for each of its GLNs, on every view). Misses are not remembered, so a delegation or revocation bound
 * later is found by the next request.
 */
final class ReaderRegistry implements RegistryView {

    private static final int MAX_REMEMBERED = 100_000;

    private final LedgerReader reader;
    private final Map<String, Object> found = new ConcurrentHashMap<>();

    ReaderRegistry(LedgerReader reader) {
        this.reader = reader;
    }

    @Override
    public Optional<ActorEntry> actor(String actorId) {
        return entry(RegistryKind.ACTOR, actorId, RegistryRecords::actor);
    }

    @Override
    public Optional<KeyEntry> key(KeyId keyId) {
        return entry(RegistryKind.KEY, keyId.value(), RegistryRecords::key);
    }

    @Override
    public Optional<RevocationEntry> revocation(KeyId keyId) {
        return entry(RegistryKind.REVOCATION, keyId.value(), RegistryRecords::revocation);
    }

    @Override
    public Optional<DelegationEntry> delegation(String namespace, String delegate) {
        return entry(RegistryKind.DELEGATION, DelegationEntry.name(namespace, delegate), RegistryRecords::delegation);
    }

    @SuppressWarnings("unchecked")  // each key's kind decides its entry's type: only this method puts
    private <T> Optional<T> entry(RegistryKind kind, String name, Function<SignedRecord, T> read) {
        String key = kind.name() + ":" + name;
        T known = (T) found.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<T> entry = reader.bound(kind, name).flatMap(reader::record).filter(r -> r.state() == RecordState.ACCEPTED)
                .map(r -> read.apply(RecordCodec.parse(r.wire())));
        if (entry.isPresent() && found.size() < MAX_REMEMBERED) {
            found.put(key, entry.get());
        }
        return entry;
    }
}

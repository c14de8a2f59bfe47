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
import java.util.Optional;
import java.util.function.Function;

/**
 * The registry as the store holds it now, for the read-side rule of who speaks for a GLN. Bindings name
 * records that ingest verified against the trust root before binding them, and only accepted ones count.
 */
final class ReaderRegistry implements RegistryView {

    private final LedgerReader reader;

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

    private <T> Optional<T> entry(RegistryKind kind, String name, Function<SignedRecord, T> read) {
        return reader.bound(kind, name).flatMap(reader::record).filter(r -> r.state() == RecordState.ACCEPTED)
                .map(r -> read.apply(RecordCodec.parse(r.wire())));
    }
}

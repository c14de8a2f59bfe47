package io.trazo.append;

import io.trazo.append.AppendOutcome.Deferred;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RegistryRecords;
import io.trazo.ledger.store.LedgerReader.RegistryKind;
import io.trazo.ledger.verify.Finding;
import java.util.Optional;

/**
 * The append protocol's registry step: what a registry record waits for, and binding its name (an
 * actor id, a key id, a revoked key id) to it in the store, unique per name (docs/protocol.md §12).
 */
final class RegistryBindings {

    private final LedgerStore store;

    RegistryBindings(LedgerStore store) {
        this.store = store;
    }

    /** A key needs its actor, a revocation its key, before either can be bound. */
    Optional<AppendOutcome> dependency(SignedRecord record) {
        return switch (record.type()) {
            case KEY -> {
                var key = RegistryRecords.key(record);
                // a key id bound to another record is a conflict no actor record can cure: let the binding refuse it now
                boolean taken = store.bound(RegistryKind.KEY, key.keyId().value()).filter(h -> !h.equals(record.hash())).isPresent();
                yield taken || store.bound(RegistryKind.ACTOR, key.actor()).isPresent() ? Optional.empty()
                        : Optional.of(new Deferred(Optional.of(record.hash()), ReasonCode.UNKNOWN_ACTOR,
                                "actor " + key.actor() + " is not registered yet"));
            }
            case REVOCATION -> {
                String key = RegistryRecords.revocation(record).keyId().value();
                yield store.bound(RegistryKind.KEY, key).isPresent() ? Optional.empty()
                        : Optional.of(new Deferred(Optional.of(record.hash()), ReasonCode.UNKNOWN_KEY, "key " + key + " is not registered yet"));
            }
            case DELEGATION -> {
                String delegate = RegistryRecords.delegation(record).delegate();
                yield store.bound(RegistryKind.ACTOR, delegate).isPresent() ? Optional.empty()
                        : Optional.of(new Deferred(Optional.of(record.hash()), ReasonCode.UNKNOWN_ACTOR,
                                "actor " + delegate + " is not registered yet"));
            }
            default -> Optional.empty();
        };
    }

    Optional<Finding> bind(SignedRecord record) {
        RegistryKind kind;
        String name;
        switch (record.type()) {
            case ACTOR -> { kind = RegistryKind.ACTOR; name = RegistryRecords.actor(record).id(); }
            case KEY -> { kind = RegistryKind.KEY; name = RegistryRecords.key(record).keyId().value(); }
            case REVOCATION -> { kind = RegistryKind.REVOCATION; name = RegistryRecords.revocation(record).keyId().value(); }
            case DELEGATION -> { kind = RegistryKind.DELEGATION; name = RegistryRecords.delegation(record).name(); }
            default -> { return Optional.empty(); }
        }
        Digest bound = store.bind(kind, name, record.hash());
        if (bound.equals(record.hash())) {
            return Optional.empty();
        }
        // the same pointer as the offline registry gives (docs/protocol.md §14): the body member that names the entry
        return Optional.of(new Finding(ReasonCode.REGISTRY_CONFLICT, kind == RegistryKind.ACTOR ? "/body/id"
                : kind == RegistryKind.DELEGATION ? "/body/namespace" : "/body/keyId",
                kind.name().toLowerCase() + " " + name + " is already registered by record " + bound));
    }
}

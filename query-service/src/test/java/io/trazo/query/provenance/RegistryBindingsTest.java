package io.trazo.query.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.InMemoryLedgerStore;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LedgerReader.RegistryKind;
import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.StoredRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistryBindingsTest {

    private static final Digest KEY_RECORD = Digest.fromHex("11".repeat(32));
    private static final Digest REVOCATION_RECORD = Digest.fromHex("22".repeat(32));

    private final InMemoryLedgerStore store = new InMemoryLedgerStore();
    private final List<String> asked = new ArrayList<>();
    private final LedgerReader counted = new Asked();

    @Test
    void aFoundBindingIsAskedOfTheStoreOnceAndAMissOnEveryRequestSoALaterRevocationIsSeen() {
        store.bind(RegistryKind.KEY, "k1", KEY_RECORD);
        RegistryBindings bindings = new RegistryBindings(10);

        assertThat(bindings.bound(counted, RegistryKind.KEY, List.of("k1", "k2"))).isEqualTo(Map.of("k1", KEY_RECORD));
        assertThat(bindings.bound(counted, RegistryKind.KEY, List.of("k1", "k2"))).isEqualTo(Map.of("k1", KEY_RECORD));
        assertThat(asked).containsExactly("KEY:k1", "KEY:k2", "KEY:k2");

        assertThat(bindings.bound(counted, RegistryKind.REVOCATION, List.of("k1"))).isEmpty();
        store.bind(RegistryKind.REVOCATION, "k1", REVOCATION_RECORD);
        assertThat(bindings.bound(counted, RegistryKind.REVOCATION, List.of("k1"))).isEqualTo(Map.of("k1", REVOCATION_RECORD));
    }

    @Test
    void pastItsCapacityBindingsAreReadEveryTimeAndStillAnsweredRight() {
        store.bind(RegistryKind.ACTOR, "a1", KEY_RECORD);
        store.bind(RegistryKind.ACTOR, "a2", REVOCATION_RECORD);
        RegistryBindings bindings = new RegistryBindings(1);

        bindings.bound(counted, RegistryKind.ACTOR, List.of("a1", "a2"));
        assertThat(bindings.bound(counted, RegistryKind.ACTOR, List.of("a1", "a2"))).isEqualTo(Map.of("a1", KEY_RECORD, "a2", REVOCATION_RECORD));
        assertThat(asked).hasSize(3);
    }

    /** The store, noting each binding it is asked for. */
    private final class Asked implements LedgerReader {
        @Override public Optional<StoredRecord> record(Digest hash) { return store.record(hash); }
        @Override public long lastPosition() { return store.lastPosition(); }
        @Override public Optional<Digest> acceptedAt(long position) { return store.acceptedAt(position); }
        @Override public Optional<Digest> claimAt(String lot, long lotPosition) { return store.claimAt(lot, lotPosition); }
        @Override public Optional<LotHead> head(String lot) { return store.head(lot); }

        @Override
        public Optional<Digest> bound(RegistryKind kind, String name) {
            asked.add(kind + ":" + name);
            return store.bound(kind, name);
        }

        @Override
        public Map<String, Digest> bound(RegistryKind kind, Collection<String> names) {
            Map<String, Digest> found = new java.util.LinkedHashMap<>();
            names.forEach(n -> bound(kind, n).ifPresent(d -> found.put(n, d)));
            return found;
        }
    }
}

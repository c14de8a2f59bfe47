package io.trazo.query.provenance;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.StoredRecord;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request's reader: forwards every call to the store and remembers the very record objects the store
 * handed out. {@link StoredEvidence} re-reads only evidence that did not come from here, that is, what the
 * walk took from its memo of earlier requests: a record read from the store during this request went through
 * the reader's record-hash check moments ago, and reading it again would only repeat that read (a never-seen
 * lot's page re-read all 87 of its records for nothing). Registry bindings come through {@link RegistryBindings}.
 * Identity, not equality: a memo entry with equal bytes
 * is still an earlier request's read and must be re-read. Not thread-safe; one per request.
 */
final class FreshReads implements LedgerReader {

    private final LedgerReader store;
    private final RegistryBindings bindings;
    private final Map<StoredRecord, Boolean> handedOut = new IdentityHashMap<>();
    /** The head the request read before its walk, if any: the walk's own head read would repeat that round trip. */
    private final LotHead known;

    FreshReads(LedgerReader store, RegistryBindings bindings) {
        this(store, bindings, null);
    }

    FreshReads(LedgerReader store, RegistryBindings bindings, LotHead known) {
        this.store = store;
        this.bindings = bindings;
        this.known = known;
    }

    /** Whether this very object came from the store through this reader. */
    boolean fresh(StoredRecord record) {
        return handedOut.containsKey(record);
    }

    @Override
    public Optional<StoredRecord> record(Digest hash) {
        Optional<StoredRecord> found = store.record(hash);
        found.ifPresent(r -> handedOut.put(r, Boolean.TRUE));
        return found;
    }

    @Override
    public Map<Digest, StoredRecord> records(Collection<Digest> hashes) {
        Map<Digest, StoredRecord> found = store.records(hashes);
        found.values().forEach(r -> handedOut.put(r, Boolean.TRUE));
        return found;
    }

    @Override
    public long lastPosition() {
        return store.lastPosition();
    }

    @Override
    public Optional<Digest> acceptedAt(long position) {
        return store.acceptedAt(position);
    }

    @Override
    public Map<Long, StoredRecord> acceptedRange(long from, int count) {
        Map<Long, StoredRecord> found = store.acceptedRange(from, count);
        found.values().forEach(r -> handedOut.put(r, Boolean.TRUE));
        return found;
    }

    @Override
    public Optional<Digest> claimAt(String lot, long lotPosition) {
        return store.claimAt(lot, lotPosition);
    }

    @Override
    public Optional<LotHead> head(String lot) {
        return known != null && known.lot().equals(lot) ? Optional.of(known) : store.head(lot);
    }

    @Override
    public Map<String, LotHead> heads(Collection<String> lots) {
        return store.heads(lots);
    }

    @Override
    public Optional<Digest> bound(RegistryKind kind, String name) {
        return Optional.ofNullable(bindings.bound(store, kind, List.of(name)).get(name));
    }

    @Override
    public Map<String, Digest> bound(RegistryKind kind, Collection<String> names) {
        return bindings.bound(store, kind, names);
    }
}

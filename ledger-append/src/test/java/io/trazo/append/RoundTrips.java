package io.trazo.append;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.StoredRecord;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts store calls: a bulk call is one round trip; {@code singles} counts per-record writes and reads the fast path avoids.
 * {@link BatchAppendTest} bounds both to show the batch path shares its round trips across the batch.
 */
final class RoundTrips implements LedgerStore {

    private final LedgerStore delegate;
    int calls;
    int singles;
    int accepts;

    RoundTrips(LedgerStore delegate) {
        this.delegate = delegate;
    }

    private <T> T single(T value) {
        calls++;
        singles++;
        return value;
    }

    private <T> T bulk(T value) {
        calls++;
        return value;
    }

    @Override public boolean insertPending(StoredRecord record) { return single(delegate.insertPending(record)); }
    @Override public Set<Digest> insertPending(List<StoredRecord> batch) { return bulk(delegate.insertPending(batch)); }
    @Override public boolean markAccepted(Digest hash, long position) { return single(delegate.markAccepted(hash, position)); }
    @Override public int markAcceptedInOrder(List<Acceptance> inOrder) { accepts++; return bulk(delegate.markAcceptedInOrder(inOrder)); }
    @Override public boolean markRejected(Digest hash, String reason) { return single(delegate.markRejected(hash, reason)); }
    @Override public long nextPosition() { return single(delegate.nextPosition()); }
    @Override public long[] nextPositions(int count) { return bulk(delegate.nextPositions(count)); }
    @Override public boolean sealPosition(long position) { return single(delegate.sealPosition(position)); }
    @Override public Digest claim(String lot, long lotPosition, Digest record) { return single(delegate.claim(lot, lotPosition, record)); }
    @Override public List<Digest> claim(List<Claim> batch) { return bulk(delegate.claim(batch)); }
    @Override public void release(String lot, long lotPosition, Digest record) { single(lot); delegate.release(lot, lotPosition, record); }
    @Override public void advanceHead(LotHead head) { single(head); delegate.advanceHead(head); }
    @Override public void advanceHeads(Collection<LotHead> batch) { bulk(batch); delegate.advanceHeads(batch); }
    @Override public Digest bind(RegistryKind kind, String name, Digest record) { return single(delegate.bind(kind, name, record)); }
    @Override public List<Digest> pending(int limit) { return single(delegate.pending(limit)); }
    @Override public Optional<StoredRecord> record(Digest hash) { return single(delegate.record(hash)); }
    @Override public Map<Digest, StoredRecord> records(Collection<Digest> hashes) { return bulk(delegate.records(hashes)); }
    @Override public long lastPosition() { return single(delegate.lastPosition()); }
    @Override public Optional<Digest> acceptedAt(long position) { return single(delegate.acceptedAt(position)); }
    @Override public Optional<Digest> claimAt(String lot, long lotPosition) { return single(delegate.claimAt(lot, lotPosition)); }
    @Override public Optional<LotHead> head(String lot) { return single(delegate.head(lot)); }
    @Override public Map<String, LotHead> heads(Collection<String> lots) { return bulk(delegate.heads(lots)); }
    @Override public Optional<Digest> bound(RegistryKind kind, String name) { return single(delegate.bound(kind, name)); }
    @Override public Map<String, Digest> bound(RegistryKind kind, Collection<String> names) { return bulk(delegate.bound(kind, names)); }
}

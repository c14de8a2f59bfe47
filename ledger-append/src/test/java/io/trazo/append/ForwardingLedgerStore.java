package io.trazo.append;

import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.crypto.Digest;
import java.util.List;
import java.util.Optional;

/**
 * A {@link LedgerStore} that forwards every call; tests override the calls they break or count.
 * {@link #acceptedRange} is deliberately not forwarded: its default goes through {@link #acceptedAt} and
 * {@link #record}, so an override of those also changes what the sequencer's range reads see.
 */
public class ForwardingLedgerStore implements LedgerStore {

    private final LedgerStore delegate;

    public ForwardingLedgerStore(LedgerStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean sealPosition(long position) {
        return delegate.sealPosition(position);
    }

    @Override
    public boolean insertPending(StoredRecord record) {
        return delegate.insertPending(record);
    }

    @Override
    public boolean markAccepted(Digest hash, long position) {
        return delegate.markAccepted(hash, position);
    }

    @Override
    public boolean markRejected(Digest hash, String reason) {
        return delegate.markRejected(hash, reason);
    }

    @Override
    public long nextPosition() {
        return delegate.nextPosition();
    }

    @Override
    public Digest claim(String lot, long lotPosition, Digest record) {
        return delegate.claim(lot, lotPosition, record);
    }

    @Override
    public void release(String lot, long lotPosition, Digest record) {
        delegate.release(lot, lotPosition, record);
    }

    @Override
    public void advanceHead(LotHead head) {
        delegate.advanceHead(head);
    }

    @Override
    public Digest bind(RegistryKind kind, String name, Digest record) {
        return delegate.bind(kind, name, record);
    }

    @Override
    public List<Digest> pending(int limit) {
        return delegate.pending(limit);
    }

    @Override
    public Optional<StoredRecord> record(Digest hash) {
        return delegate.record(hash);
    }

    @Override
    public long lastPosition() {
        return delegate.lastPosition();
    }

    @Override
    public Optional<Digest> acceptedAt(long position) {
        return delegate.acceptedAt(position);
    }

    @Override
    public Optional<Digest> claimAt(String lot, long lotPosition) {
        return delegate.claimAt(lot, lotPosition);
    }

    @Override
    public Optional<LotHead> head(String lot) {
        return delegate.head(lot);
    }

    @Override
    public Optional<Digest> bound(RegistryKind kind, String name) {
        return delegate.bound(kind, name);
    }
}

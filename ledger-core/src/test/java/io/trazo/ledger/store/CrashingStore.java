package io.trazo.ledger.store;

import io.trazo.ledger.crypto.Digest;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Wraps a store and dies at the n-th write: before the write takes effect, or just after it took
 * effect but before the caller learns so. Reads pass through. This is what {@code kill -9} does to an
 * appender between two store calls, without a JVM to kill. Public so that adapters' tests can replay
 * the crash scenario over their own store.
 */
public final class CrashingStore implements LedgerStore {

    public static final class Crash extends RuntimeException {
        Crash(int at) {
            super("simulated crash at write " + at, null, false, false);
        }
    }

    private final LedgerStore delegate;
    private final int crashAt;
    private final boolean afterWrite;
    private int writes;

    public CrashingStore(LedgerStore delegate, int crashAt, boolean afterWrite) {
        this.delegate = delegate;
        this.crashAt = crashAt;
        this.afterWrite = afterWrite;
    }

    public int writes() {
        return writes;
    }

    private <T> T write(Supplier<T> op) {
        writes++;
        if (writes == crashAt && !afterWrite) {
            throw new Crash(writes);
        }
        T result = op.get();
        if (writes == crashAt) {
            throw new Crash(writes);
        }
        return result;
    }

    @Override
    public boolean insertPending(StoredRecord record) {
        return write(() -> delegate.insertPending(record));
    }

    @Override
    public Optional<StoredRecord> record(Digest hash) {
        return delegate.record(hash);
    }

    @Override
    public boolean markAccepted(Digest hash, long position) {
        return write(() -> delegate.markAccepted(hash, position));
    }

    @Override
    public boolean markRejected(Digest hash, String reason) {
        return write(() -> delegate.markRejected(hash, reason));
    }

    @Override
    public long nextPosition() {
        return write(delegate::nextPosition);
    }

    @Override
    public long lastPosition() {
        return delegate.lastPosition();
    }

    @Override
    public boolean sealPosition(long position) {
        return write(() -> delegate.sealPosition(position));
    }

    @Override
    public Optional<Digest> acceptedAt(long position) {
        return delegate.acceptedAt(position);
    }

    @Override
    public Digest claim(String lot, long lotPosition, Digest record) {
        return write(() -> delegate.claim(lot, lotPosition, record));
    }

    @Override
    public void release(String lot, long lotPosition, Digest record) {
        write(() -> {
            delegate.release(lot, lotPosition, record);
            return null;
        });
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
    public void advanceHead(LotHead head) {
        write(() -> {
            delegate.advanceHead(head);
            return null;
        });
    }

    @Override
    public Digest bind(RegistryKind kind, String name, Digest record) {
        return write(() -> delegate.bind(kind, name, record));
    }

    @Override
    public Optional<Digest> bound(RegistryKind kind, String name) {
        return delegate.bound(kind, name);
    }

    @Override
    public List<Digest> pending(int limit) {
        return delegate.pending(limit);
    }
}

package io.trazo.append;

import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.crypto.Digest;
import java.util.function.Supplier;

/**
 * Wraps a store and dies at the n-th write: before the write takes effect, or just after it took
 * effect but before the caller learns so. Reads pass through; the bulk calls keep the port's defaults,
 * so each record's write counts on its own. This is what {@code kill -9} does to an appender between
 * two store calls, without a JVM to kill. Public so that adapters' tests can replay
 * the crash scenario over their own store.
 */
public final class CrashingStore extends ForwardingLedgerStore {

    public static final class Crash extends RuntimeException {
        Crash(int at) {
            super("simulated crash at write " + at, null, false, false);
        }
    }

    private final int crashAt;
    private final boolean afterWrite;
    private int writes;

    public CrashingStore(LedgerStore delegate, int crashAt, boolean afterWrite) {
        super(delegate);
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

    private void write(Runnable op) {
        write(() -> {
            op.run();
            return null;
        });
    }

    @Override
    public boolean insertPending(StoredRecord record) {
        return write(() -> super.insertPending(record));
    }

    @Override
    public boolean markAccepted(Digest hash, long position) {
        return write(() -> super.markAccepted(hash, position));
    }

    @Override
    public boolean markRejected(Digest hash, String reason) {
        return write(() -> super.markRejected(hash, reason));
    }

    @Override
    public long nextPosition() {
        return write(super::nextPosition);
    }

    @Override
    public boolean sealPosition(long position) {
        return write(() -> super.sealPosition(position));
    }

    @Override
    public Digest claim(String lot, long lotPosition, Digest record) {
        return write(() -> super.claim(lot, lotPosition, record));
    }

    @Override
    public void release(String lot, long lotPosition, Digest record) {
        write(() -> super.release(lot, lotPosition, record));
    }

    @Override
    public void advanceHead(LotHead head) {
        write(() -> super.advanceHead(head));
    }

    @Override
    public Digest bind(RegistryKind kind, String name, Digest record) {
        return write(() -> super.bind(kind, name, record));
    }
}

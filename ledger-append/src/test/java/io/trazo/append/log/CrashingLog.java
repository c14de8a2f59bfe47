package io.trazo.append.log;

import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.merkle.Tile;
import io.trazo.append.merkle.TileStore;
import io.trazo.append.merkle.TileWriteOutcome;
import io.trazo.append.ForwardingLedgerStore;
import io.trazo.append.LedgerStore;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import io.trazo.ledger.log.LeafEntry;
import java.util.function.Supplier;

/**
 * Wraps the log's stores and the ledger's seal and dies at the n-th write among all of them, before the
 * write takes effect or just after; reads pass through. {@code kill -9} of the sequencer between two
 * store calls, without a JVM to kill.
 */
final class CrashingLog {

    static final class Crash extends RuntimeException {
        Crash(int at) {
            super("simulated crash at write " + at, null, false, false);
        }
    }

    private final int crashAt;
    private final boolean afterWrite;
    private int writes;

    CrashingLog(int crashAt, boolean afterWrite) {
        this.crashAt = crashAt;
        this.afterWrite = afterWrite;
    }

    int writes() {
        return writes;
    }

    private synchronized <T> T write(Supplier<T> op) {
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

    LogStores wrap(LogStores s) {
        TileStore tiles = new TileStore() {
            @Override
            public TileWriteOutcome write(Tile tile) {
                return CrashingLog.this.write(() -> s.tiles().write(tile));
            }

            @Override
            public Optional<Tile> read(int level, long index, int minWidth) {
                return s.tiles().read(level, index, minWidth);
            }
        };
        LogStateStore state = new LogStateStore() {
            @Override
            public Optional<LogState> load() {
                return s.state().load();
            }

            @Override
            public StateWrite compareAndSet(Optional<LogState> expected, LogState next) {
                return write(() -> s.state().compareAndSet(expected, next));
            }
        };
        CheckpointHistory history = new CheckpointHistory() {
            @Override
            public LogWrite append(SignedCheckpoint checkpoint) {
                return write(() -> s.history().append(checkpoint));
            }

            @Override
            public Optional<SignedCheckpoint> at(long size) {
                return s.history().at(size);
            }

            @Override
            public Optional<SignedCheckpoint> latest() {
                return s.history().latest();
            }

            @Override
            public List<SignedCheckpoint> since(long fromSize, int limit) {
                return s.history().since(fromSize, limit);
            }
        };
        LeafIndex leaves = new LeafIndex() {
            @Override
            public LogWrite put(long leafIndex, LeafEntry entry) {
                return write(() -> s.leaves().put(leafIndex, entry));
            }

            @Override
            public Optional<Long> indexOf(Digest record) {
                return s.leaves().indexOf(record);
            }

            @Override
            public Optional<Digest> recordAt(long leafIndex) {
                return s.leaves().recordAt(leafIndex);
            }

            @Override
            public List<LeafEntry> entries(long from, int count) {
                return s.leaves().entries(from, count);
            }

            @Override
            public SortedMap<Long, Digest> mappedLeaves(long from, long to, int limit) {
                return s.leaves().mappedLeaves(from, to, limit);
            }
        };
        return new LogStores(tiles, state, history, leaves);
    }

    /** The ledger with only {@link LedgerStore#sealPosition} counted as a write: the sequencer's only ledger write. */
    LedgerStore wrap(LedgerStore d) {
        return new ForwardingLedgerStore(d) {
            @Override
            public boolean sealPosition(long position) {
                return write(() -> super.sealPosition(position));
            }
        };
    }
}

package io.trazo.append.log;

import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.StoredRecord;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Reads the walk's next window of positions on a background thread while the walk hashes the current
 * one, so that store round trips and hashing overlap. A read ahead is a snapshot like any other read:
 * a position it holds is accepted for good, and a position it lacks is treated as a gap and checked
 * again by the walk. The walk reads ahead only within one step, so no step integrates bytes read
 * before it began.
 */
final class ReadAhead {

    private final LedgerReader ledger;
    private final ThreadPoolExecutor reader = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "trazo-log-read-ahead");
        t.setDaemon(true);
        return t;
    });
    private long from;
    private int count;
    private Future<Map<Long, StoredRecord>> pending;

    ReadAhead(LedgerReader ledger) {
        this.ledger = ledger;
    }

    /** Starts reading {@code count} positions from {@code from} on; a read ahead not taken yet is dropped. */
    void start(long from, int count) {
        drop();
        this.from = from;
        this.count = count;
        this.pending = reader.submit(() -> ledger.acceptedRange(from, count));
    }

    /** The accepted records of positions {@code from} to {@code from + count - 1}: read ahead if it covers them, else read now. */
    Map<Long, StoredRecord> read(long from, int count) {
        Future<Map<Long, StoredRecord>> ahead = pending;
        pending = null;
        if (ahead == null || this.from != from || this.count < count) {
            if (ahead != null) {
                ahead.cancel(false);
            }
            return ledger.acceptedRange(from, count);
        }
        try {
            return ahead.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("reading the ledger ahead failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the ledger ahead", e);
        }
    }

    /** Drops a read ahead that will not be taken; it may still finish, unseen. */
    void drop() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}

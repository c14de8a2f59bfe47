package io.trazo.query.store;

import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.StoredRecord;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Visits a ledger's accepted records once each, in position order, for a component of query that follows
 * the ledger as it grows (the audit fold, verify-ahead), through the read-only {@link LedgerReader}.
 *
 * <p>A position that is not accepted when its page is read (still pending, or sealed) is a hole. It is read
 * again on each later catch-up while it is within {@value #HOLE_WINDOW} positions of the newest, so a record
 * accepted after records at higher positions is visited late rather than never; a hole further back is given
 * up (a position a crashed writer took and never filled stays empty).
 *
 * <p>Not thread-safe: each user calls it under its own lock. {@link #next()} may be read without it.
 */
public final class LedgerFollower {

    public static final long HOLE_WINDOW = 10_000;

    /** What the follower's user does with each accepted record it reaches. */
    @FunctionalInterface
    public interface Visit {
        void accept(long position, StoredRecord record);
    }

    private final LedgerReader reader;
    private final TreeSet<Long> holes = new TreeSet<>();
    private volatile long next = 1;

    public LedgerFollower(LedgerReader reader) {
        this.reader = reader;
    }

    /** The first position not read yet. */
    public long next() {
        return next;
    }

    public boolean hasHoles() {
        return !holes.isEmpty();
    }

    /** Reads the holes still within the window again and visits those accepted since; gives up the older ones. */
    public long retryHoles(Visit visit) {
        long visited = 0;
        for (Iterator<Long> it = holes.iterator(); it.hasNext(); ) {
            long p = it.next();
            if (p < next - HOLE_WINDOW) {
                it.remove();
                continue;
            }
            Optional<StoredRecord> r = reader.acceptedAt(p).flatMap(reader::record);
            if (r.isPresent()) {
                visit.accept(p, r.get());
                it.remove();
                visited++;
            }
        }
        return visited;
    }

    /**
     * Visits every accepted position from {@link #next()} through {@code last}, reading a page of at most
     * {@link LedgerReader#MAX_RANGE} positions at a time and telling {@code progress} the last position of each.
     */
    public long readTo(long last, Visit visit, LongConsumer progress) {
        long visited = 0;
        while (next <= last) {
            int count = (int) Math.min(LedgerReader.MAX_RANGE, last - next + 1);
            Map<Long, StoredRecord> found = reader.acceptedRange(next, count);
            for (long p = next; p < next + count; p++) {
                StoredRecord r = found.get(p);
                if (r == null) {
                    holes.add(p);
                } else {
                    visit.accept(p, r);
                    visited++;
                }
            }
            next += count;
            progress.accept(next - 1);
        }
        return visited;
    }
}

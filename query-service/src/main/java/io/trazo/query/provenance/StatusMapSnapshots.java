package io.trazo.query.provenance;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonFormatException;
import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.log.LeafIndexReader;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.statusmap.MapRootLeaf;
import io.trazo.ledger.statusmap.StatusMap;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.query.warmup.WarmUp;
import io.trazo.query.warmup.WarmingUpException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The status map (docs/protocol.md §20) as of the log's map-root leaves, rebuilt here from the log's own
 * entries so query can prove key status without trusting a second copy of the map: the leaf index in leaf
 * order, and the records of its {@code mapped} leaves (every record leaf before the first map-root leaf, on a
 * log older than the map). It catches up incrementally, never replays from leaf 0 twice, and keeps the maps
 * of the last {@value #KEPT} map-root leaves it found equal to its own, because a bundle is proved against the
 * checkpoint it read, which may be a little older than the latest.
 *
 * <p>A map-root leaf that differs from the replay stops the snapshot at that leaf: every later request sees
 * the same {@link Snapshot.Disagrees}, and no proof is ever made from a map the log does not commit to.
 */
public final class StatusMapSnapshots {

    static final int KEPT = 16;

    /** What the snapshot can say about the map-root leaf at a checkpoint's last leaf. */
    public sealed interface Snapshot {

        /** The map the leaf commits to, and the leaf's exact input, both checked against the replay. */
        record Committed(StatusMap map, byte[] leafInput) implements Snapshot {}

        /** The checkpoint does not end in a map-root leaf (a log from before the map), or is older than those kept. */
        record NoMapRoot(String why) implements Snapshot {}

        /** The log and the replay disagree: a store-integrity failure, never answered with a proof. */
        record Disagrees(String detail) implements Snapshot {}
    }

    private final LeafIndexReader leaves;
    private final LedgerReader ledger;
    private final TreeMap<Long, Snapshot.Committed> committed = new TreeMap<>();
    private StatusMap map = StatusMap.empty();
    /** Read without the lock by the warm-up loop between pages. */
    private volatile long next;
    private long lastRecord = -1;
    /** Whether a map-root leaf was passed: from there on, only leaves flagged {@code mapped} change the map. */
    private boolean flagged;
    private final WarmUp warmUp = new WarmUp("status map");
    private volatile Duration requestWait = Duration.ZERO;

    public StatusMapSnapshots(LeafIndexReader leaves, LedgerReader ledger) {
        this.leaves = leaves;
        this.ledger = ledger;
    }

    /**
     * The map committed by leaf {@code treeSize - 1}, catching up to it first.
     *
     * @throws WarmingUpException if the start-up replay ({@link #warmUp}) is still running after the request's bound
     */
    public Snapshot at(long treeSize) {
        warmUp.awaitWarm(requestWait);
        return caughtUpAt(treeSize);
    }

    /** How long a request waits for the start-up replay before it is answered 503 (docs/operations.md, "Warm-up at start"). */
    public void boundRequestWait(Duration wait) {
        this.requestWait = wait;
    }

    public WarmUp warmUpState() {
        return warmUp;
    }

    /**
     * Replays the log up to {@code treeSize} (the latest checkpoint's) one leaf-index page at a time, so a
     * request never holds the lock behind the whole replay; unless a request already started it. A log
     * that disagrees with the replay fails the warm-up: requests then meet the same disagreement at once.
     */
    public void warmUp(long treeSize) {
        if (!warmUp.begin(treeSize)) {
            return;
        }
        try {
            while (next < treeSize) {
                synchronized (this) {
                    catchUp(Math.min(treeSize, next + LeafIndexReader.MAX_ENTRIES));
                }
                warmUp.progress(next);
            }
            warmUp.ready();
        } catch (Disagreement d) {
            warmUp.failed(new IllegalStateException(d.getMessage()));
        } catch (RuntimeException e) {
            warmUp.failed(e);
            throw e;
        }
    }

    private synchronized Snapshot caughtUpAt(long treeSize) {
        long leaf = treeSize - 1;
        if (leaf < 0) {
            return new Snapshot.NoMapRoot("the log is empty");
        }
        Snapshot.Committed known = committed.get(leaf);
        if (known != null) {
            return known;
        }
        if (leaf < next) {
            return new Snapshot.NoMapRoot("leaf " + leaf + " is not a map-root leaf, or older than the " + KEPT + " kept");
        }
        try {
            catchUp(treeSize);
        } catch (Disagreement d) {
            return new Snapshot.Disagrees(d.getMessage());
        }
        known = committed.get(leaf);
        return known != null ? known : new Snapshot.NoMapRoot("leaf " + leaf + " is not a map-root leaf");
    }

    private void catchUp(long to) throws Disagreement {
        while (next < to) {
            List<LeafEntry> page = leaves.entries(next, (int) Math.min(to - next, LeafIndexReader.MAX_ENTRIES));
            if (page.isEmpty()) {
                throw new Disagreement("leaf " + next + " of a published tree of size " + to + " has no leaf-index entry");
            }
            Map<Digest, StoredRecord> records = ledger.records(page.stream()
                    .filter(e -> e instanceof LeafEntry.Record r && (r.mapped() || !flagged))
                    .map(e -> ((LeafEntry.Record) e).record()).toList());
            for (LeafEntry entry : page) {
                if (entry instanceof LeafEntry.MapRoot root) {
                    check(root);
                    flagged = true;
                } else {
                    LeafEntry.Record r = (LeafEntry.Record) entry;
                    if (r.mapped() || !flagged) {
                        map = map.apply(parse(records.get(r.record()), r.record()));
                    }
                    lastRecord = next;
                }
                next++;
            }
        }
    }

    private void check(LeafEntry.MapRoot root) throws Disagreement {
        byte[] replayed = MapRootLeaf.leafInput(map.entries(), lastRecord, map.root());
        if (!Arrays.equals(replayed, root.input())) {
            throw new Disagreement("map-root leaf " + next + " is " + HexFormat.of().formatHex(root.input())
                    + " but the log's status records give " + HexFormat.of().formatHex(replayed));
        }
        committed.put(next, new Snapshot.Committed(map, root.input()));
        while (committed.size() > KEPT) {
            committed.pollFirstEntry();
        }
    }

    private SignedRecord parse(StoredRecord stored, Digest hash) throws Disagreement {
        if (stored == null) {
            throw new Disagreement("record " + hash.hex() + " at leaf " + next + " is not in the ledger");
        }
        try {
            SignedRecord record = RecordCodec.parse(stored.wire());
            if (!record.hash().equals(hash)) {
                throw new Disagreement("record stored as " + hash.hex() + " at leaf " + next + " hashes to " + record.hash().hex());
            }
            return record;
        } catch (RecordException | JsonFormatException e) {
            throw new Disagreement("record " + hash.hex() + " at leaf " + next + " no longer parses: " + e.getMessage());
        }
    }

    /** Internal: unwinds the catch-up to the one place that turns it into {@link Snapshot.Disagrees}. */
    private static final class Disagreement extends Exception {
        Disagreement(String message) {
            super(message, null, false, false);
        }
    }
}

package io.trazo.cli;

import io.trazo.append.log.StatusMapRoots;
import io.trazo.append.log.MapRecords;
import io.trazo.append.log.MapRoots;
import io.trazo.append.merkle.InMemoryTileStore;
import io.trazo.append.merkle.TreeAppender;
import io.trazo.ledger.log.EvidenceFormatException;
import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.log.LogEntries;
import io.trazo.ledger.log.LogLeaf;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHasher;
import io.trazo.ledger.merkle.TreeHead;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.SignedRecord;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Replays a log from its entries (protocol §17 "Entries", §20.7): every leaf input, in leaf order, split into
 * records and map-root leaves and handed to a {@link Hook}; the records the map reads are applied to a
 * {@link MapRoots} and every committed map-root leaf is compared with the recomputed one. The entries are
 * trusted only once they give the checkpoint's root (RFC 9162), so a server cannot replay a history other than
 * the one it signed.
 */
final class LogReplay {

    /** The map a replay recomputes: the status map of §20, from empty. */
    static MapRoots emptyMap() {
        return StatusMapRoots.empty();
    }

    /** Sees every leaf of the replay in order. */
    interface Hook {
        default void record(long leaf, SignedRecord record) {}

        default void mapRoot(long leaf, byte[] committed, byte[] recomputed) {}
    }

    /** Where entries come from: {@code GET /log/entries?start=&end=}, framed. */
    interface Source {
        byte[] entries(long start, long end) throws IOException, InterruptedException;
    }

    /** A signed leaf that is neither a record nor a map-root leaf: the log holds what no reader can replay. */
    static final class BadEntryException extends Exception {
        BadEntryException(long leaf, String message) {
            super("entry " + leaf + " " + message);
        }
    }

    /** What a replay found: a mismatch message, or null if every map-root leaf matched and the entries gave the root. */
    record Outcome(long leaves, long mapRoots, String mapRootMismatch, String entriesMismatch) {}

    /** Pages fetched ahead of the fold, and the threads fetching them: enough to keep the server's round trips overlapped. */
    private static final int PAGES_AHEAD = 8;
    private static final int WORKERS = 4;

    private final MapRoots empty;
    private final Hook hook;

    LogReplay(MapRoots empty, Hook hook) {
        this.empty = empty;
        this.hook = hook;
    }

    Outcome replay(Checkpoint checkpoint, Source source) throws IOException, InterruptedException, EvidenceFormatException,
            BadEntryException {
        TreeAppender tree = TreeAppender.empty(new InMemoryTileStore());
        MapRoots map = empty;
        long lastRecord = -1;
        long mapRoots = 0;
        String mismatch = null;
        // the map's records since the last map-root leaf: the root is needed only there, so they are folded as one batch
        List<Pending> pending = new ArrayList<>();
        // The map is a fold in leaf order, so it stays on this thread; fetching, framing, hashing and parsing a
        // page do not depend on the map, so worker threads do them for the next pages meanwhile (a page costs the
        // server a round trip to its store, which a sequential replay would wait out page after page).
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "replay-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Page>> ahead = new ArrayDeque<>();
            long next = 0;
            while (next < checkpoint.size() || !ahead.isEmpty()) {
                while (ahead.size() < PAGES_AHEAD && next < checkpoint.size()) {
                    long start = next;
                    long end = Math.min(checkpoint.size(), start + LogEntries.MAX_LEAVES);
                    ahead.add(workers.submit(() -> Page.load(source, start, end)));
                    next = end;
                }
                Page page = await(ahead.poll());
                for (int i = 0; i < page.inputs().size(); i++) {
                    long leaf = page.start() + i;
                    SignedRecord record = page.records().get(i);
                    if (record == null) {
                        map = fold(map, pending);
                        byte[] input = page.inputs().get(i);
                        byte[] recomputed = map.rootLeafInput(lastRecord);
                        hook.mapRoot(leaf, input, recomputed);
                        mapRoots++;
                        if (mismatch == null && !Arrays.equals(input, recomputed)) {
                            mismatch = "map-root leaf " + leaf + " is " + HexFormat.of().formatHex(input)
                                    + " but the registry records in the log before it give " + HexFormat.of().formatHex(recomputed);
                        }
                    } else {
                        hook.record(leaf, record);
                        if (MapRecords.feeds(record.type())) {
                            pending.add(new Pending(leaf, record));
                        }
                        lastRecord = leaf;
                    }
                }
                tree.append(page.hashes());
            }
            // the records after the last map-root leaf commit to nothing yet, but one the map cannot read still stops the replay
            fold(map, pending);
        } finally {
            workers.shutdownNow();
        }
        TreeHead head = tree.head();
        String entries = head.root().equals(checkpoint.root()) ? null : "the log's entries give root " + head.root().toHex()
                + " at size " + head.size() + " but its checkpoint signs " + checkpoint.root().toHex();
        return new Outcome(head.size(), mapRoots, entries == null ? mismatch : null, entries);
    }

    /** A record the map reads, with its leaf, waiting for the next map-root leaf. */
    private record Pending(long leaf, SignedRecord record) {}

    /**
     * {@code map} with the pending records applied, which are then cleared. A record whose body the map cannot
     * read is in the log only if the log holds what ingest never accepts (§20.2: stop and alarm): the batch is
     * folded again one record at a time to name its leaf.
     */
    private static MapRoots fold(MapRoots map, List<Pending> pending) throws BadEntryException {
        try {
            return map.applyAll(pending.stream().map(Pending::record).toList());
        } catch (RecordException e) {
            MapRoots one = map;
            for (Pending p : pending) {
                try {
                    one = one.apply(p.record());
                } catch (RecordException bad) {
                    throw new BadEntryException(p.leaf(), "is a record the status map cannot read: " + bad.getMessage());
                }
            }
            throw e;
        } finally {
            pending.clear();
        }
    }

    /** One page of entries, framed, hashed and parsed: {@code records} holds null where the leaf is a map-root leaf. */
    private record Page(long start, List<byte[]> inputs, List<TreeHash> hashes, List<SignedRecord> records) {

        static Page load(Source source, long start, long end) throws IOException, InterruptedException, EvidenceFormatException,
                BadEntryException {
            List<byte[]> inputs = LogEntries.parse(source.entries(start, end), (int) (end - start));
            List<TreeHash> hashes = new ArrayList<>(inputs.size());
            List<SignedRecord> records = new ArrayList<>(inputs.size());
            for (int i = 0; i < inputs.size(); i++) {
                byte[] input = inputs.get(i);
                hashes.add(TreeHasher.leafHash(input));
                records.add(LeafEntry.MapRoot.startsWithDomain(input) ? null : record(start + i, input));
            }
            return new Page(start, inputs, hashes, records);
        }
    }

    /** The page, or the exception its worker met, as the sequential replay would have thrown it. */
    private static Page await(Future<Page> page) throws IOException, InterruptedException, EvidenceFormatException,
            BadEntryException {
        try {
            return page.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            } else if (cause instanceof EvidenceFormatException format) {
                throw format;
            } else if (cause instanceof BadEntryException bad) {
                throw bad;
            } else if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            } else if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static SignedRecord record(long leaf, byte[] input) throws BadEntryException {
        if (input.length <= LogLeaf.DOMAIN.length || !Arrays.equals(input, 0, LogLeaf.DOMAIN.length, LogLeaf.DOMAIN, 0,
                LogLeaf.DOMAIN.length)) {
            throw new BadEntryException(leaf, "is neither a record leaf nor a map-root leaf");
        }
        try {
            return RecordCodec.parse(Arrays.copyOfRange(input, LogLeaf.DOMAIN.length, input.length));
        } catch (RecordException e) {
            throw new BadEntryException(leaf, "is not a valid record: " + e.getMessage());
        }
    }
}

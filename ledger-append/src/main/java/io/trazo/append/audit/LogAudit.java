package io.trazo.append.audit;

import io.trazo.append.audit.AuditFinding.Kind;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.CheckpointReader;
import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.log.LeafIndexReader;
import io.trazo.ledger.log.LogLeaf;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.Tile;
import io.trazo.ledger.merkle.TileReader;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHasher;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.merkle.checkpoint.CheckpointException;
import io.trazo.ledger.merkle.checkpoint.Checkpoints;
import io.trazo.ledger.merkle.note.NoteException;
import io.trazo.ledger.merkle.note.NoteVerifierKey;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One audit pass over the log, from leaf 0 to the latest checkpoint, resumable in steps of bounded
 * size ({@link #advance}). It reads the accepted records in position order ({@link LedgerReader#acceptedRange}),
 * and for each checks that its bytes hash to its key and that it is the leaf index's next leaf; it
 * re-derives every tile from the records' leaf hashes ({@link LogLeaf}), and the map-root leaves' (§20.7) from
 * the bytes the leaf index holds for them, and compares each stored tile
 * with it; at the latest checkpoint it checks the checkpoint's signature and that the re-derived root is
 * its root. The leaves are a pure function of the ledger, so any difference is a finding.
 *
 * <p>Unlike the sequencer, which trusts the tiles it once wrote and checks that they still hang
 * together, the pass trusts nothing but the records and the log's public key. Cost per record: one
 * strict parse and two hashes, plus one batched read per {@value LedgerReader#MAX_RANGE} records and one
 * tile read per 256 leaves. Not thread-safe; read-only.
 */
public final class LogAudit {

    /** Findings a pass keeps; further ones are only counted (one deleted record shifts every later leaf). */
    public static final int MAX_FINDINGS = 100;

    private final LedgerReader ledger;
    private final TileReader tiles;
    private final LeafIndexReader leaves;
    private final CheckpointReader history;
    private final String origin;
    private final List<NoteVerifierKey> logKeys;
    private final TileRebuild rebuild = new TileRebuild();
    private final Digest[] tileRecords = new Digest[Tile.FULL_WIDTH];
    private final List<AuditFinding> findings = new ArrayList<>();
    private long findingCount;
    private List<LeafEntry> window = List.of();
    private long windowStart;
    private long nextPosition = 1;
    private long checkpointSize;
    private long rootCheckedAt = -1;
    private boolean stuck;

    public LogAudit(LedgerReader ledger, TileReader tiles, LeafIndexReader leaves, CheckpointReader history, String origin,
            NoteVerifierKey logKey) {
        this(ledger, tiles, leaves, history, origin, List.of(logKey));
    }

    /** An audit that accepts checkpoints signed by any of {@code logKeys}, as the sequencer does during a key rotation. */
    public LogAudit(LedgerReader ledger, TileReader tiles, LeafIndexReader leaves, CheckpointReader history, String origin,
            List<NoteVerifierKey> logKeys) {
        this.ledger = ledger;
        this.tiles = tiles;
        this.leaves = leaves;
        this.history = history;
        this.origin = origin;
        this.logKeys = List.copyOf(logKeys);
    }

    /** Where this pass stands, to resume it after a restart with {@link #resume}. */
    public AuditCursor cursor() {
        return new AuditCursor(rebuild.size(), nextPosition, checkpointSize, rebuild.levels());
    }

    /**
     * Continues a pass from a cursor {@link #cursor} gave (another instance's or one before a restart), before
     * any {@link #advance}. The records of the current level-0 tile audited before the cursor are not known
     * again, so a mismatch in that tile's earlier entries names the leaf but not its record.
     */
    public LogAudit resume(AuditCursor cursor) {
        if (rebuild.size() != 0 || nextPosition != 1) {
            throw new IllegalStateException("a pass resumes before it advances");
        }
        rebuild.restore(cursor.leaves(), cursor.levels());
        nextPosition = cursor.nextPosition();
        checkpointSize = cursor.checkpointSize();
        return this;
    }

    /** Runs the pass to the latest checkpoint, however long that takes: the operator's on-demand audit. */
    public AuditReport runToEnd() {
        AuditReport report = advance(LedgerReader.MAX_RANGE);
        while (!report.complete() && !stuck) {
            report = advance(LedgerReader.MAX_RANGE);
        }
        return report;
    }

    /**
     * Audits at most {@code maxRecords} more records towards the latest checkpoint, then its root if the
     * pass has reached it. A later call resumes where this one stopped, and follows the log as it grows.
     */
    public AuditReport advance(int maxRecords) {
        Optional<SignedCheckpoint> latest = history.latest();
        if (latest.isEmpty()) {
            return report(true);
        }
        Optional<Checkpoint> checkpoint = open(latest.get());
        if (checkpoint.isEmpty()) {
            return report(false);
        }
        long target = checkpoint.get().size();
        if (target != latest.get().size()) {
            stuck = true;
            finding(Kind.CHECKPOINT_INVALID, -1, null, "the history files a checkpoint of size " + target + " under size "
                    + latest.get().size());
            return report(false);
        }
        if (target < checkpointSize) {
            stuck = true;
            finding(Kind.CHECKPOINT_INVALID, -1, null, "the latest checkpoint has size " + target
                    + " but this pass already audited one of size " + checkpointSize + ": a rollback");
            return report(false);
        }
        checkpointSize = target;
        int budget = maxRecords;
        while (budget > 0 && rebuild.size() < target && !stuck) {
            budget -= readRecords(target, budget);
        }
        if (rebuild.size() == target && rootCheckedAt != target) {
            checkRoot(checkpoint.get());
        }
        return report(rebuild.size() == target && rootCheckedAt == target);
    }

    private int readRecords(long target, int budget) {
        takeMapRoots(target);
        if (rebuild.size() == target) {
            return budget;
        }
        long last = ledger.lastPosition();
        if (nextPosition > last) {
            stuck = true;
            finding(Kind.LEAVES_MISSING, rebuild.size(), null, "the checkpoint of size " + target + " has "
                    + (target - rebuild.size()) + " more leaves than the ledger has accepted records up to its last position " + last);
            return budget;
        }
        int count = (int) Math.min(Math.min(budget, LedgerReader.MAX_RANGE), last - nextPosition + 1);
        Map<Long, StoredRecord> range = new TreeMap<>(ledger.acceptedRange(nextPosition, count));
        Map<Digest, Long> indices = leaves.indicesOf(range.values().stream().map(StoredRecord::hash).toList());
        long end = nextPosition + count;
        int used = 0;
        for (Map.Entry<Long, StoredRecord> e : range.entrySet()) {
            takeMapRoots(target);
            if (rebuild.size() == target) {
                end = e.getKey();
                break;
            }
            audit(e.getKey(), e.getValue(), indices.get(e.getValue().hash()));
            used++;
        }
        nextPosition = end;
        return Math.max(used, 1);
    }

    private void audit(long position, StoredRecord record, Long indexed) {
        long leaf = rebuild.size();
        TreeHash leafHash;
        try {
            LogLeaf.Hashes hashes = LogLeaf.ofStored(record.wire());
            leafHash = hashes.leaf();
            if (!hashes.record().equals(record.hash())) {
                finding(Kind.RECORD_ALTERED, leaf, record.hash(), "the record at position " + position + " is stored under "
                        + record.hash().hex() + " but its bytes hash to " + hashes.record().hex());
            }
        } catch (RuntimeException e) {
            leafHash = TreeHasher.leafHash(record.wire());
            finding(Kind.RECORD_ALTERED, leaf, record.hash(), "the record at position " + position + " stored under "
                    + record.hash().hex() + " is no longer a JSON record: " + e.getMessage());
        }
        if (indexed == null || indexed != leaf) {
            Optional<Digest> expected = leaves.recordAt(leaf);
            if (expected.isPresent() && !expected.get().equals(record.hash()) && ledger.record(expected.get()).isEmpty()) {
                finding(Kind.RECORD_MISSING, leaf, expected.get(), "leaf " + leaf + " is record " + expected.get().hex()
                        + ", which the ledger no longer holds");
            } else {
                finding(Kind.LEAF_INDEX_MISMATCH, leaf, record.hash(), "record " + record.hash().hex() + " at position "
                        + position + " is the ledger's leaf " + leaf + " but the leaf index has it at "
                        + (indexed == null ? "no leaf" : "leaf " + indexed));
            }
        }
        tileRecords[(int) (leaf % Tile.FULL_WIDTH)] = record.hash();
        for (Tile full : rebuild.add(leafHash)) {
            compare(full, tiles.read(full.level(), full.index(), Tile.FULL_WIDTH));
        }
    }

    /**
     * Adds the map-root leaves that stand at the next leaf. Their bytes exist only in the leaf index, so the
     * pass takes them from there: the tiles it re-derives still catch any change to them, and whether they
     * commit the right map is {@code trazo monitor --replay}'s question, not this pass's.
     */
    private void takeMapRoots(long target) {
        while (rebuild.size() < target && entryAt(rebuild.size()) instanceof LeafEntry.MapRoot root) {
            tileRecords[(int) (rebuild.size() % Tile.FULL_WIDTH)] = null;
            for (Tile full : rebuild.add(root.leafHash())) {
                compare(full, tiles.read(full.level(), full.index(), Tile.FULL_WIDTH));
            }
        }
    }

    private LeafEntry entryAt(long leaf) {
        if (leaf < windowStart || leaf >= windowStart + window.size()) {
            windowStart = leaf;
            window = leaves.entries(leaf, LeafIndexReader.MAX_ENTRIES);
        }
        return leaf - windowStart < window.size() ? window.get((int) (leaf - windowStart)) : null;
    }

    private void checkRoot(Checkpoint checkpoint) {
        for (Tile partial : rebuild.partial()) {
            compare(partial, tiles.read(partial.level(), partial.index(), partial.width()).map(t -> t.prefix(partial.width())));
        }
        TreeHash root = rebuild.root();
        if (!root.equals(checkpoint.root())) {
            finding(Kind.ROOT_MISMATCH, -1, null, "the records give root " + root.toHex() + " at size " + checkpoint.size()
                    + " but the latest checkpoint signs " + checkpoint.root().toHex());
        }
        rootCheckedAt = checkpoint.size();
    }

    private void compare(Tile derived, Optional<Tile> stored) {
        String where = "tile " + derived.level() + "/" + derived.index() + " (width " + derived.width() + ")";
        if (stored.isEmpty()) {
            finding(Kind.TILE_MISMATCH, -1, null, where + " is not in the tile store");
            return;
        }
        if (stored.get().equals(derived)) {
            return;
        }
        for (int i = 0; i < derived.width(); i++) {
            if (!derived.hash(i).equals(stored.get().hash(i))) {
                long leaf = derived.level() == 0 ? derived.index() * Tile.FULL_WIDTH + i : -1;
                finding(Kind.TILE_MISMATCH, leaf, leaf < 0 ? null : tileRecords[i], where + " entry " + i + " is "
                        + stored.get().hash(i).toHex() + " but the records give " + derived.hash(i).toHex());
                return;
            }
        }
    }

    private Optional<Checkpoint> open(SignedCheckpoint signed) {
        try {
            return Optional.of(Checkpoints.open(signed.bytes(), origin, logKeys).checkpoint());
        } catch (NoteException | CheckpointException e) {
            if (!stuck) {
                stuck = true;
                finding(Kind.CHECKPOINT_INVALID, -1, null, "the latest checkpoint (size " + signed.size()
                        + ") does not verify with the log key: " + e.getMessage());
            }
            return Optional.empty();
        }
    }

    private void finding(Kind kind, long leaf, Digest record, String message) {
        findingCount++;
        if (findings.size() < MAX_FINDINGS) {
            findings.add(AuditFinding.of(kind, leaf, record, message));
        }
    }

    private AuditReport report(boolean complete) {
        return new AuditReport(rebuild.size(), checkpointSize, nextPosition, complete, findingCount, findings);
    }
}

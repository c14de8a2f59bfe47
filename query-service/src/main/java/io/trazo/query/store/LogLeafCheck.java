package io.trazo.query.store;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonFormatException;
import io.trazo.ledger.log.CheckpointReader;
import io.trazo.ledger.log.LeafIndexReader;
import io.trazo.ledger.log.LogLeaf;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.Tile;
import io.trazo.ledger.merkle.TileReader;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHasher;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.mongo.StoreIntegrityException;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks stored records against their leaves in the transparency log. The record hash leaves out the
 * signatures, so a swapped or dropped signature still passes the store's record-hash check; the log
 * leaf covers the whole record ({@link LogLeaf}), so it does not pass this one.
 *
 * <p>Only records inside the latest published checkpoint can be checked: beyond it the leaf index and
 * tiles may hold a crashed sequencer's leftovers, or nothing yet. Those are counted as not yet logged,
 * and callers say so. Cost per call: one leaf-index round trip, one checkpoint read, one tile read per
 * 256 leaves touched, and per record a SHA-256 of its bytes when already parsed from canonical bytes, else a strict
 * parse, JCS and two SHA-256.
 */
public final class LogLeafCheck {

    private final TileReader tiles;
    private final LeafIndexReader leaves;
    private final CheckpointReader checkpoints;

    public LogLeafCheck(TileReader tiles, LeafIndexReader leaves, CheckpointReader checkpoints) {
        this.tiles = tiles;
        this.leaves = leaves;
        this.checkpoints = checkpoints;
    }

    /** How many of the checked records the log covered at {@code treeSize}; the rest are not yet logged. */
    public record Coverage(long treeSize, int logged, int notYetLogged) {}

    /**
     * Checks every record the latest checkpoint covers against its leaf.
     *
     * @throws StoreIntegrityException naming the first record whose bytes do not hash to its leaf
     */
    public Coverage check(Collection<StoredRecord> records) {
        return check(records, r -> Optional.empty());
    }

    /**
     * {@link #check(Collection)}, taking a record's leaf hash from {@code parsed} when it offers the record already
     * parsed from these very bytes (the caller's promise: the strict parse of {@code r.wire()}), which spares a second
     * strict parse of each record; otherwise from the bytes.
     *
     * @throws StoreIntegrityException naming the first record whose bytes do not hash to its leaf
     */
    public Coverage check(Collection<StoredRecord> records, Function<StoredRecord, Optional<SignedRecord>> parsed) {
        long size = latestSize();
        if (records.isEmpty() || size == 0) {
            return new Coverage(size, 0, records.size());
        }
        Map<Digest, Long> indices = leaves.indicesOf(records.stream().map(StoredRecord::hash).toList());
        Map<Long, Tile> byTile = tilesFor(indices.values().stream().filter(i -> i < size).toList(), size);
        int logged = 0;
        for (StoredRecord r : records) {
            Long index = indices.get(r.hash());
            if (index == null || index >= size) {
                continue;
            }
            logged++;
            TreeHash actual = parsed.apply(r).map(p -> leafHash(r, p)).orElseGet(() -> leafHash(r));
            Tile tile = byTile.get(index / Tile.FULL_WIDTH);
            int at = (int) (index % Tile.FULL_WIDTH);
            if (tile == null || tile.width() <= at) {
                throw StoreIntegrityException.logLeaf(r.hash(), index, "(no stored tile)", actual.toHex());
            }
            TreeHash expected = tile.hash(at);
            if (!expected.equals(actual)) {
                throw StoreIntegrityException.logLeaf(r.hash(), index, expected.toHex(), actual.toHex());
            }
        }
        return new Coverage(size, logged, records.size() - logged);
    }

    /** The record's leaf index if the latest checkpoint covers it: a logged record must be in the store. */
    public Optional<Long> loggedAt(Digest record) {
        long size = latestSize();
        return size == 0 ? Optional.empty() : leaves.indexOf(record).filter(i -> i < size);
    }

    private long latestSize() {
        return checkpoints.latest().map(SignedCheckpoint::size).orElse(0L);
    }

    /** Level-0 tiles under the given leaves: full ones in one batch, the checkpoint's partial edge tile alone. */
    private Map<Long, Tile> tilesFor(List<Long> indices, long size) {
        TreeSet<Long> wanted = new TreeSet<>();
        indices.forEach(i -> wanted.add(i / Tile.FULL_WIDTH));
        Map<Long, Tile> found = new HashMap<>();
        long edge = size / Tile.FULL_WIDTH;
        int edgeWidth = (int) (size % Tile.FULL_WIDTH);
        if (edgeWidth > 0 && wanted.remove(edge)) {
            tiles.read(0, edge, edgeWidth).ifPresent(t -> found.put(edge, t));
        }
        if (!wanted.isEmpty()) {
            tiles.readFull(0, wanted).forEach(t -> found.put(t.index(), t));
        }
        return found;
    }

    /**
     * The leaf hash of {@code r} with {@code parsed} its strict parse. A record whose wire bytes are already its JCS form
     * ({@link SignedRecord#canonical()}, decided when it was parsed) has the leaf input domain ‖ wire, so the stored bytes
     * are hashed as they are instead of canonicalising the parse again (a tenth of a never-seen page view's non-signature
     * work went to that JCS pass, docs/benchmarks.md). The bytes hashed are the same either way; a non-canonical record
     * takes the spec-literal path.
     */
    static TreeHash leafHash(StoredRecord r, SignedRecord parsed) {
        if (!parsed.canonical()) {
            return LogLeaf.hash(parsed);
        }
        MessageDigest sha = Digest.newSha256();
        sha.update(TreeHasher.LEAF_HASH_PREFIX);
        sha.update(LogLeaf.DOMAIN);
        sha.update(r.wire());
        return TreeHash.of(sha.digest());
    }

    private static TreeHash leafHash(StoredRecord r) {
        try {
            return LogLeaf.ofStored(r.wire()).leaf();
        } catch (JsonFormatException | IllegalArgumentException e) {
            throw StoreIntegrityException.unreadable(r.hash(), e.getMessage());
        }
    }
}

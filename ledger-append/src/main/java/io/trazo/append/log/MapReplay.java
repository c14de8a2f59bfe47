package io.trazo.append.log;

import io.trazo.append.log.LogIntegrityException.Reason;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonFormatException;
import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.StoredRecord;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Rebuilds the sequencer's map from the log (§20.7): the status records in leaf order, applied from an empty
 * map. Leaves written since the map exists carry a {@code mapped} flag, so only those records are read, found
 * by one indexed range read per {@value LeafIndex#MAX_MAPPED}; a log older than the map has no flags before its
 * first map-root leaf, so that prefix is read record by record, once per start. Every map-root leaf the replay
 * passes, and the committed tree's last one, must equal the recomputed leaf, or the sequencer stops: a flag or
 * a record changed in the store would otherwise change the map silently.
 */
final class MapReplay {

    private final LeafIndex leaves;
    private final LedgerReader ledger;
    /** Whether a map-root leaf was seen below the replayed size: from there on, the flags are complete. */
    private boolean flagged;

    MapReplay(LeafIndex leaves, LedgerReader ledger) {
        this.leaves = leaves;
        this.ledger = ledger;
    }

    /** The map after leaves {@code [from, to)} applied to {@code map}, the map after leaves {@code [0, from)}. */
    MapRoots replay(MapRoots map, long from, long to) throws LogIntegrityException {
        if (from == 0) {
            flagged = false;
        }
        long leaf = from;
        long lastRecord = from - 1;
        while (!flagged && leaf < to) {
            List<LeafEntry> page = leaves.entries(leaf, (int) Math.min(to - leaf, LeafIndex.MAX_ENTRIES));
            if (page.isEmpty()) {
                throw new LogIntegrityException(Reason.MAP_ROOT_MISMATCH, "leaf " + leaf + " of the committed tree of size "
                        + to + " has no leaf-index entry to replay");
            }
            Map<Digest, StoredRecord> records = ledger.records(page.stream().filter(LeafEntry.Record.class::isInstance)
                    .map(e -> ((LeafEntry.Record) e).record()).toList());
            for (LeafEntry entry : page) {
                if (entry instanceof LeafEntry.MapRoot root) {
                    check(map, lastRecord, leaf, root);
                    flagged = true;
                } else {
                    Digest hash = ((LeafEntry.Record) entry).record();
                    map = apply(map, records.get(hash), hash, leaf, !flagged);
                    lastRecord = leaf;
                }
                leaf++;
                if (flagged) {
                    break;
                }
            }
        }
        while (leaf < to) {
            SortedMap<Long, Digest> mapped = leaves.mappedLeaves(leaf, to, LeafIndex.MAX_MAPPED);
            Map<Digest, StoredRecord> records = ledger.records(mapped.values());
            for (Map.Entry<Long, Digest> e : mapped.entrySet()) {
                map = apply(map, records.get(e.getValue()), e.getValue(), e.getKey(), false);
            }
            leaf = mapped.size() < LeafIndex.MAX_MAPPED ? to : mapped.lastKey() + 1;
        }
        if (to > from && to >= 2) {
            List<LeafEntry> last = leaves.entries(to - 1, 1);
            if (!last.isEmpty() && last.get(0) instanceof LeafEntry.MapRoot root) {
                check(map, to - 2, to - 1, root);
            }
        }
        return map;
    }

    /** Applies a record the map reads; with {@code sniff}, a legacy leaf's record is applied only if its type is fed. */
    private static MapRoots apply(MapRoots map, StoredRecord stored, Digest hash, long leaf, boolean sniff) throws LogIntegrityException {
        if (stored == null) {
            throw new LogIntegrityException(Reason.MAP_ROOT_MISMATCH, "record " + hash.hex() + " at leaf " + leaf
                    + " is not in the ledger, so the map cannot be replayed");
        }
        SignedRecord record;
        try {
            record = stored.parse();
        } catch (RecordException | JsonFormatException e) {
            throw new LogIntegrityException(Reason.RECORD_TAMPERED, "record " + hash.hex() + " at leaf " + leaf
                    + " is no longer a valid record: " + e.getMessage(), e);
        }
        if (!record.hash().equals(hash)) {
            throw new LogIntegrityException(Reason.RECORD_TAMPERED, "record stored as " + hash.hex() + " at leaf " + leaf
                    + " hashes to " + record.hash().hex());
        }
        return sniff && !MapRecords.feeds(record.type()) ? map : map.apply(record);
    }

    private static void check(MapRoots map, long lastRecord, long leaf, LeafEntry.MapRoot committed) throws LogIntegrityException {
        LeafEntry.MapRoot replayed = new LeafEntry.MapRoot(map.rootLeafInput(lastRecord));
        if (!replayed.equals(committed)) {
            throw new LogIntegrityException(Reason.MAP_ROOT_MISMATCH, "map-root leaf " + leaf + " is "
                    + HexFormat.of().formatHex(committed.input()) + " but the log's records give "
                    + HexFormat.of().formatHex(replayed.input()));
        }
    }
}

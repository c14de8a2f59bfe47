package io.trazo.append.log;

import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.statusmap.MapRootLeaf;
import io.trazo.ledger.statusmap.StatusMap;
import java.util.List;

/**
 * The status map (docs/protocol.md §20) as the map the sequencer commits: {@link StatusMap} folds the
 * records, {@link MapRootLeaf} lays out the leaf. Both are immutable, so the sequencer can keep the
 * committed map while it builds the next batch's.
 */
public final class StatusMapRoots implements MapRoots {

    private static final StatusMapRoots EMPTY = new StatusMapRoots(StatusMap.empty());

    private final StatusMap map;

    private StatusMapRoots(StatusMap map) {
        this.map = map;
    }

    public static StatusMapRoots empty() {
        return EMPTY;
    }

    /** The map as of the records applied so far, for proofs. */
    public StatusMap map() {
        return map;
    }

    @Override
    public StatusMapRoots apply(SignedRecord record) {
        if (!MapRecords.feeds(record.type())) {
            return this;
        }
        StatusMap next = map.apply(record);
        return next == map ? this : new StatusMapRoots(next);
    }

    /** One batch change of the map ({@link StatusMap#applyAll}): the same map, with the levels shared by the batch built once. */
    @Override
    public StatusMapRoots applyAll(List<SignedRecord> records) {
        List<SignedRecord> fed = records.stream().filter(r -> MapRecords.feeds(r.type())).toList();
        StatusMap next = fed.isEmpty() ? map : map.applyAll(fed);
        return next == map ? this : new StatusMapRoots(next);
    }

    @Override
    public byte[] rootLeafInput(long lastRecordLeafIndex) {
        return MapRootLeaf.leafInput(map.entries(), lastRecordLeafIndex, map.root());
    }
}

package io.trazo.append.log;

import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.log.LeafIndexReader;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.LedgerReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The spec-literal replay (§20.7), leaf by leaf with no flags and no caching, to cross-check the sequencer's:
 * every record leaf's record parsed from the ledger and applied if the map reads its type, every map-root
 * leaf compared with the map's leaf after the record leaf before it.
 *
 * @param mapRoots the leaf indices of the map-root leaves met
 * @param mismatches those whose committed bytes differ from the replay
 */
public record ReplayedMapRoots(List<Long> mapRoots, List<Long> mismatches) {

    public static ReplayedMapRoots of(LeafIndexReader leaves, LedgerReader ledger, MapRoots empty, long treeSize) {
        List<Long> roots = new ArrayList<>();
        List<Long> mismatches = new ArrayList<>();
        MapRoots map = empty;
        for (long leaf = 0; leaf < treeSize; leaf++) {
            LeafEntry entry = leaves.entries(leaf, 1).get(0);
            if (entry instanceof LeafEntry.MapRoot committed) {
                roots.add(leaf);
                if (!committed.equals(new LeafEntry.MapRoot(map.rootLeafInput(leaf - 1)))) {
                    mismatches.add(leaf);
                }
            } else {
                SignedRecord record = RecordCodec.parse(ledger.record(((LeafEntry.Record) entry).record()).orElseThrow().wire());
                if (MapRecords.feeds(record.type())) {
                    map = map.apply(record);
                }
            }
        }
        return new ReplayedMapRoots(roots, mismatches);
    }
}

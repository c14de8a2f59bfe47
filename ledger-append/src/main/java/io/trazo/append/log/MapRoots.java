package io.trazo.append.log;

import io.trazo.ledger.record.SignedRecord;
import java.util.List;

/**
 * The map the sequencer commits with every checkpoint (docs/protocol.md §20). Immutable: apply returns a new
 * value, so the sequencer keeps the committed map while it builds the next batch's, and a replay anywhere
 * rebuilds the same values from the log's records in leaf order.
 *
 * <p>The sequencer applies only the records {@link MapRecords#feeds} says the map reads; an implementation
 * MUST return {@code this} for every other record and MUST be a pure function of the records applied.
 */
public interface MapRoots {

    MapRoots apply(SignedRecord record);

    /**
     * The map after {@link #apply} on each of {@code records} in turn. An implementation MAY build it as one
     * change (a replayer that needs the root only at each map-root leaf gains from that); the result MUST be
     * the same.
     */
    default MapRoots applyAll(List<SignedRecord> records) {
        MapRoots map = this;
        for (SignedRecord record : records) {
            map = map.apply(record);
        }
        return map;
    }

    /** The bytes of the map-root log leaf committing this map, whose last record leaf is {@code lastRecordLeafIndex}. */
    byte[] rootLeafInput(long lastRecordLeafIndex);
}

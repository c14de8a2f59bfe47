package io.trazo.append.log;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.log.LeafIndexReader;
import java.util.List;
import java.util.SortedMap;

/**
 * Write port of the leaf index: what each leaf is, a record ({@link LeafEntry.Record}) or a map-root leaf
 * ({@link LeafEntry.MapRoot}), with record hashes to leaf indices and back (reads: {@link LeafIndexReader}).
 *
 * <p>Contract for every implementation:
 * <ol>
 *   <li>An entry (leaf index, what the leaf is) is written atomically in one document: unique by leaf
 *       index, and a record entry unique by record hash, both guarded by the store's own unique keys.
 *   <li>{@link #put} of a stored entry (equal in every component) MUST return {@link LogWrite#ALREADY_STORED}.
 *       An entry that shares its leaf index or record hash with a different stored entry MUST throw
 *       {@link LogConflictException} and change nothing.
 *   <li>Writes MUST be durable before returning. {@link #putEntries} MAY write in any order and MAY be
 *       partially applied if it throws; replaying it MUST converge.
 *   <li>{@link #mappedLeaves} MUST return exactly the record leaves put with {@code mapped} true in its range,
 *       ascending, from one indexed range read: it is how the sequencer finds the status records at start.
 *   <li>All methods MUST be safe to call concurrently.
 * </ol>
 */
public interface LeafIndex extends LeafIndexReader {

    LogWrite put(long leafIndex, LeafEntry entry);

    /** A record leaf the status map does not read. */
    default LogWrite put(Digest record, long leafIndex) {
        return put(leafIndex, new LeafEntry.Record(record, false));
    }

    /** Puts {@code entries.get(i)} at leaf {@code firstIndex + i}, for every i. */
    default void putEntries(long firstIndex, List<LeafEntry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            put(firstIndex + i, entries.get(i));
        }
    }

    /** Puts {@code records.get(i)} at leaf {@code firstIndex + i}, for every i, none of them mapped. */
    default void putAll(long firstIndex, List<Digest> records) {
        putEntries(firstIndex, records.stream().<LeafEntry>map(r -> new LeafEntry.Record(r, false)).toList());
    }

    /** Most leaf indices one {@link #mappedLeaves} call returns. */
    int MAX_MAPPED = 4096;

    /**
     * The leaves in {@code [from, to)} whose records were put mapped, with their record hashes, ascending, the
     * first {@code limit} (at most {@value #MAX_MAPPED}).
     */
    SortedMap<Long, Digest> mappedLeaves(long from, long to, int limit);
}

package io.trazo.ledger.log;

import io.trazo.ledger.crypto.Digest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only port to the log's leaf index: what each leaf is ({@link LeafEntry}), and record hashes to leaf
 * indices and back, both by exact key. Since map-root leaves (§20) sit between batches of records, record
 * leaves are not position-contiguous: a record's leaf index comes only from here. The write side
 * ({@code LeafIndex} in ledger-append) extends it.
 *
 * <p>Contract for every implementation:
 * <ol>
 *   <li>Each pair (record, leaf index) was written atomically as one entry, unique by either key, so
 *       {@link #indexOf} and {@link #recordAt} agree.
 *   <li>The index MAY hold entries beyond the latest checkpoint (written by a sequencer that then
 *       crashed); callers MUST check an index against the checkpoint size they prove against.
 *   <li>All methods MUST be safe to call concurrently.
 * </ol>
 */
public interface LeafIndexReader {

    Optional<Long> indexOf(Digest record);

    /**
     * The leaf indices of several records; records without one are left out. It MUST answer exactly as
     * {@link #indexOf} would for each record. The default asks one at a time; an adapter over a
     * networked store SHOULD override it with one exact-key round trip, because a bundle proves every
     * one of its records at once.
     */
    default Map<Digest, Long> indicesOf(Collection<Digest> records) {
        Map<Digest, Long> found = new LinkedHashMap<>();
        for (Digest record : records) {
            indexOf(record).ifPresent(i -> found.put(record, i));
        }
        return found;
    }

    /** The record at a record leaf; empty for a map-root leaf or a leaf the index does not hold. */
    Optional<Digest> recordAt(long leafIndex);

    /** Most entries one {@link #entries} call returns. */
    int MAX_ENTRIES = 4096;

    /**
     * The entries of leaves {@code from}, {@code from + 1}, … in leaf order: at most {@code count} (at most
     * {@link #MAX_ENTRIES}), ending early at the first leaf the index does not hold. One range read on the
     * leaf index in an adapter over a networked store.
     */
    List<LeafEntry> entries(long from, int count);
}

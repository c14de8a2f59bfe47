package io.trazo.ledger.log;

import io.trazo.ledger.crypto.Digest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only port to the log's leaf index: record hashes to leaf indices and back, both by exact key.
 * The write side ({@code LeafIndex} in ledger-append) extends it.
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

    Optional<Digest> recordAt(long leafIndex);
}

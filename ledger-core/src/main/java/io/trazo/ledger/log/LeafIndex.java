package io.trazo.ledger.log;

import io.trazo.ledger.crypto.Digest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Storage port mapping record hashes to leaf indices and back, both by exact key.
 *
 * <p>Contract for every implementation:
 * <ol>
 *   <li>A pair (record, leaf index) is one entry, written atomically in one document: unique by leaf
 *       index and unique by record hash, both guarded by the store's own unique keys.
 *   <li>{@link #put} of a stored pair MUST return {@link LogWrite#ALREADY_STORED}. A pair that shares
 *       either key with a different stored pair MUST throw {@link LogConflictException} and change
 *       nothing.
 *   <li>Writes MUST be durable before returning. {@link #putAll} MAY write in any order and MAY be
 *       partially applied if it throws; replaying it MUST converge.
 *   <li>The index MAY hold entries beyond the latest checkpoint (written by a sequencer that then
 *       crashed); callers MUST check an index against the checkpoint size they prove against.
 *   <li>All methods MUST be safe to call concurrently.
 * </ol>
 */
public interface LeafIndex {

    LogWrite put(Digest record, long leafIndex);

    /** Puts {@code records.get(i)} at leaf {@code firstIndex + i}, for every i. */
    default void putAll(long firstIndex, List<Digest> records) {
        for (int i = 0; i < records.size(); i++) {
            put(records.get(i), firstIndex + i);
        }
    }

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

package io.trazo.append.log;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.LeafIndexReader;
import java.util.List;

/**
 * Write port of the leaf index, mapping record hashes to leaf indices and back (reads: {@link LeafIndexReader}).
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
 *   <li>All methods MUST be safe to call concurrently.
 * </ol>
 */
public interface LeafIndex extends LeafIndexReader {

    LogWrite put(Digest record, long leafIndex);

    /** Puts {@code records.get(i)} at leaf {@code firstIndex + i}, for every i. */
    default void putAll(long firstIndex, List<Digest> records) {
        for (int i = 0; i < records.size(); i++) {
            put(records.get(i), firstIndex + i);
        }
    }
}

package io.trazo.ledger.log;

import java.util.List;
import java.util.Optional;

/**
 * Read-only port to every checkpoint the log published, keyed by tree size. The write side
 * ({@code CheckpointHistory} in ledger-append) extends it.
 *
 * <p>Contract for every implementation:
 * <ol>
 *   <li>Entries are immutable and unique by size; an entry MAY appear after one of a larger size (a
 *       sequencer repairs a publish cut short by a crash), so readers order by size.
 *   <li>{@link #latest} MUST return the entry of the largest size; {@link #since} the entries of size
 *       at least {@code fromSize}, ascending, at most {@code limit}. Both MUST be index look-ups on the
 *       size key, not scans.
 *   <li>All methods MUST be safe to call concurrently.
 * </ol>
 */
public interface CheckpointReader {

    Optional<SignedCheckpoint> at(long size);

    Optional<SignedCheckpoint> latest();

    List<SignedCheckpoint> since(long fromSize, int limit);
}

package io.trazo.ledger.log;

import java.util.List;
import java.util.Optional;

/**
 * Storage port for every checkpoint the log published, keyed by tree size.
 *
 * <p>Contract for every implementation:
 * <ol>
 *   <li>Entries are immutable and unique by size. {@link #append} of a checkpoint equal to the stored
 *       one of that size MUST return {@link LogWrite#ALREADY_STORED} and change nothing; a different
 *       note for a stored size MUST throw {@link LogConflictException} and leave the stored one. The
 *       uniqueness MUST be the store's own key, not a read before the write.
 *   <li>{@link #append} MUST NOT return before the entry is durable.
 *   <li>An entry MAY arrive after one of a larger size (the sequencer repairs, from its committed state,
 *       a publish cut short by a crash); readers order by size. Nothing is ever deleted or replaced.
 *   <li>{@link #latest} MUST return the entry of the largest size; {@link #since} the entries of size
 *       at least {@code fromSize}, ascending, at most {@code limit}. Both MUST be index look-ups on the
 *       size key, not scans.
 *   <li>All methods MUST be safe to call concurrently.
 * </ol>
 */
public interface CheckpointHistory {

    LogWrite append(SignedCheckpoint checkpoint);

    Optional<SignedCheckpoint> at(long size);

    Optional<SignedCheckpoint> latest();

    List<SignedCheckpoint> since(long fromSize, int limit);
}

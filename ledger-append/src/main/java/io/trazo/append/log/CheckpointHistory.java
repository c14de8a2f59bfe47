package io.trazo.append.log;

import io.trazo.ledger.log.CheckpointReader;
import io.trazo.ledger.log.SignedCheckpoint;

/**
 * Write port of the checkpoint history, keyed by tree size (reads: {@link CheckpointReader}).
 *
 * <p>Contract for every implementation:
 * <ol>
 *   <li>Entries are immutable and unique by size. {@link #append} of a checkpoint equal to the stored
 *       one of that size MUST return {@link LogWrite#ALREADY_STORED} and change nothing; a different
 *       note for a stored size MUST throw {@link LogConflictException} and leave the stored one. The
 *       uniqueness MUST be the store's own key, not a read before the write.
 *   <li>{@link #append} MUST NOT return before the entry is durable.
 *   <li>An entry MAY arrive after one of a larger size (the sequencer repairs, from its committed state,
 *       a publish cut short by a crash). Nothing is ever deleted or replaced.
 *   <li>All methods MUST be safe to call concurrently.
 * </ol>
 */
public interface CheckpointHistory extends CheckpointReader {

    LogWrite append(SignedCheckpoint checkpoint);
}

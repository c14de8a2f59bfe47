package io.trazo.append;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.ReasonCode;
import java.util.Optional;

/**
 * What became of one record handed to the {@link Appender}. A duplicate is an idempotent success,
 * a deferral asks the caller to try again later, a rejection is final.
 */
public sealed interface AppendOutcome {

    /** The record hash, absent only when the bytes were not a readable record. */
    Optional<Digest> hash();

    record Accepted(Digest record, long position) implements AppendOutcome {
        public Optional<Digest> hash() {
            return Optional.of(record);
        }
    }

    record Duplicate(Digest record, long position) implements AppendOutcome {
        public Optional<Digest> hash() {
            return Optional.of(record);
        }
    }

    record Rejected(Optional<Digest> hash, ReasonCode code, String path, String message) implements AppendOutcome {}

    /** A dependency (a predecessor record, a key, an actor) is not in the ledger yet, or a lot is contended. */
    record Deferred(Optional<Digest> hash, ReasonCode code, String message) implements AppendOutcome {}
}

package io.trazo.append.audit;

import io.trazo.ledger.crypto.Digest;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One disagreement between the stores and what the log signed. Any finding means a store was changed
 * behind the log's back (or a bug): the log must not move on until an operator has found out which.
 *
 * @param kind what disagrees
 * @param leaf the leaf index concerned, if one is
 * @param record the record concerned, if one is
 * @param message expected against actual, hashes in hex
 */
public record AuditFinding(Kind kind, OptionalLong leaf, Optional<Digest> record, String message) {

    /** What disagrees. */
    public enum Kind {
        /** An accepted record's stored bytes no longer hash to the key it is stored under. */
        RECORD_ALTERED,
        /** The leaf index names a record for a leaf that the ledger no longer holds. */
        RECORD_MISSING,
        /** The ledger's n-th accepted record is not the leaf index's leaf n: records reordered, deleted or inserted. */
        LEAF_INDEX_MISMATCH,
        /** A stored tile differs from the tile re-derived from the records' leaf hashes, or is missing. */
        TILE_MISMATCH,
        /** The ledger holds fewer accepted records than the latest checkpoint has leaves. */
        LEAVES_MISSING,
        /** The root re-derived from the records is not the latest checkpoint's root. */
        ROOT_MISMATCH,
        /** The latest checkpoint does not verify with the log's key and origin, or is smaller than one seen before. */
        CHECKPOINT_INVALID
    }

    public AuditFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(leaf, "leaf");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(message, "message");
    }

    static AuditFinding of(Kind kind, long leaf, Digest record, String message) {
        return new AuditFinding(kind, leaf < 0 ? OptionalLong.empty() : OptionalLong.of(leaf), Optional.ofNullable(record), message);
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}

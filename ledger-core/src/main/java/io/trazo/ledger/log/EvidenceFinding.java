package io.trazo.ledger.log;

import io.trazo.ledger.crypto.Digest;
import java.util.Optional;

/** One reason log evidence does not prove what it should. */
public record EvidenceFinding(Reason reason, Optional<Digest> record, String message) {

    /** Why; stable names for reports and problem types. */
    public enum Reason {
        /** The checkpoint note is malformed or not signed by the log key. */
        CHECKPOINT_NOT_SIGNED_BY_LOG,
        /** The checkpoint body is not a strict tlog-checkpoint. */
        CHECKPOINT_INVALID,
        /** The checkpoint is signed by the log key but its origin line names another log. */
        WRONG_ORIGIN,
        /** A record to be proved has no proof. */
        MISSING_PROOF,
        /** A proof names a record that was not given, or names one twice. */
        UNEXPECTED_PROOF,
        /** The leaf index is not below the checkpoint size. */
        LEAF_INDEX_OUT_OF_RANGE,
        /** The path is not the length the leaf index and tree size call for. */
        PROOF_WRONG_LENGTH,
        /** The record's leaf and path do not lead to the checkpoint root: the record or the proof was changed. */
        ROOT_MISMATCH
    }

    @Override
    public String toString() {
        return reason + record.map(r -> " " + r.hex()).orElse("") + ": " + message;
    }
}

package io.trazo.ledger.verify;

import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;

/** One failed check: a stable reason code, the JSON pointer it concerns, and a message for people. */
public record Finding(ReasonCode code, String path, String message) {

    static Finding of(RecordException e) {
        return new Finding(e.code(), e.path(), e.detail());
    }

    @Override
    public String toString() {
        return code + " at " + (path.isEmpty() ? "\"\"" : path) + ": " + message;
    }
}

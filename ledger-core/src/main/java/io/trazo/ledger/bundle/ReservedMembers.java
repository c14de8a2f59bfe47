package io.trazo.ledger.bundle;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;
import java.util.Set;

/**
 * Bundle format 2's reserved members (docs/protocol.md §18): {@code keyStatusProofs} for issue 19's
 * key-status map proofs and {@code cosignatures} for its witness cosignatures. This version checks
 * their shape only, so that a later verifier can give them meaning without a new bundle format; they
 * prove nothing yet, and a format 1 bundle may not carry them.
 */
final class ReservedMembers {

    static final Set<String> NAMES = Set.of("keyStatusProofs", "cosignatures");
    static final int MAX_KEY_STATUS_PROOFS = 10_000;
    static final int MAX_COSIGNATURES = 64;
    static final int MAX_COSIGNATURE_CHARS = 1_000;
    /** A C2SP signed-note signature line starts with an em dash and a space. */
    private static final String SIGNATURE_LINE = "\u2014 ";

    private ReservedMembers() {}

    static void check(JsonObject bundle) {
        bundle.get("keyStatusProofs").ifPresent(v -> {
            JsonArray proofs = array(v, "/keyStatusProofs", MAX_KEY_STATUS_PROOFS);
            for (int i = 0; i < proofs.elements().size(); i++) {
                if (!(proofs.elements().get(i) instanceof JsonObject)) {
                    throw new RecordException(ReasonCode.INVALID_FIELD, "/keyStatusProofs/" + i, "expected an object");
                }
            }
        });
        bundle.get("cosignatures").ifPresent(v -> {
            JsonArray lines = array(v, "/cosignatures", MAX_COSIGNATURES);
            for (int i = 0; i < lines.elements().size(); i++) {
                if (!(lines.elements().get(i) instanceof JsonString s) || !s.value().startsWith(SIGNATURE_LINE)
                        || s.value().length() > MAX_COSIGNATURE_CHARS || s.value().indexOf('\n') >= 0) {
                    throw new RecordException(ReasonCode.INVALID_FIELD, "/cosignatures/" + i,
                            "expected one signed-note signature line, \"\u2014 <name> <base64>\", without its newline");
                }
            }
        });
    }

    private static JsonArray array(JsonValue v, String path, int max) {
        if (!(v instanceof JsonArray a) || a.elements().size() > max) {
            throw new RecordException(ReasonCode.INVALID_FIELD, path, "expected an array of at most " + max);
        }
        return a;
    }
}

package io.trazo.witness;

/**
 * An {@code add-checkpoint} request the witness refuses without cosigning (protocol §19.3). Each kind
 * has its C2SP status and a problem type under {@code https://trazo.dev/problems/witness/}.
 */
final class WitnessException extends Exception {

    enum Kind {
        MALFORMED_REQUEST(400, "malformed-request"),
        UNKNOWN_LOG(404, "unknown-log"),
        BAD_LOG_SIGNATURE(403, "bad-log-signature"),
        INCONSISTENT_CHECKPOINT(422, "inconsistent-checkpoint");

        final int status;
        final String type;

        Kind(int status, String slug) {
            this.status = status;
            this.type = "https://trazo.dev/problems/witness/" + slug;
        }
    }

    private final Kind kind;

    private WitnessException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    static WitnessException malformed(String detail) {
        return new WitnessException(Kind.MALFORMED_REQUEST, detail);
    }

    static WitnessException unknownLog(String origin) {
        return new WitnessException(Kind.UNKNOWN_LOG, "no log with origin \"" + origin + "\" is configured");
    }

    static WitnessException badLogSignature(String origin, String why) {
        return new WitnessException(Kind.BAD_LOG_SIGNATURE, "checkpoint for \"" + origin
                + "\" is not signed by a configured log key: " + why);
    }

    static WitnessException inconsistent(String detail) {
        return new WitnessException(Kind.INCONSISTENT_CHECKPOINT, detail);
    }
}

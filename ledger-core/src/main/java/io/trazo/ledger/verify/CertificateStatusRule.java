package io.trazo.ledger.verify;

import io.trazo.ledger.claim.CertificateStatuses;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who may change a certificate's status (docs/protocol.md §8.7): the certifier that signed the
 * certificate. The one rule, in §8.7's order, that the offline verifier and the append path both
 * apply, so that they give the same code: the certificate is unknown (waits), is not a certificate,
 * or is another certifier's. Run only on a record whose own checks passed.
 */
public final class CertificateStatusRule {

    static final String PATH = "/body/certificate";

    /** What the verifier knows of an accepted record: its type and the actor that signed it. */
    public record Accepted(RecordType type, String actor) {}

    private CertificateStatusRule() {}

    /**
     * @param accepted the accepted record with a given hash, if any (offline: accepted in the same set;
     *     at ingest: ACCEPTED in the store)
     * @return the finding, or empty if {@code status} is not a {@code certificate_status} or passes
     */
    public static Optional<Finding> judge(SignedRecord status, Function<Digest, Optional<Accepted>> accepted) {
        if (status.type() != RecordType.CERTIFICATE_STATUS) {
            return Optional.empty();
        }
        Digest certificate = CertificateStatuses.read(status).certificate();
        Optional<Accepted> target = accepted.apply(certificate);
        if (target.isEmpty()) {
            return Optional.of(new Finding(ReasonCode.UNKNOWN_CERTIFICATE, PATH,
                    "certificate " + certificate + " is not an accepted record"));
        }
        if (target.get().type() != RecordType.CERTIFICATE) {
            return Optional.of(new Finding(ReasonCode.INVALID_FIELD, PATH,
                    "record " + certificate + " is a " + target.get().type().wire() + " record, not a certificate"));
        }
        if (!target.get().actor().equals(status.actor())) {
            return Optional.of(new Finding(ReasonCode.CERTIFICATE_STATUS_WRONG_CERTIFIER, PATH,
                    "certificate " + certificate + " was signed by " + target.get().actor() + ", not by " + status.actor()
                            + "; only its own certifier may change its status"));
        }
        return Optional.empty();
    }
}

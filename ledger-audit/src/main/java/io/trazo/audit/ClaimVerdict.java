package io.trazo.audit;

import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.crypto.Digest;
import java.util.Optional;

/**
 * The audit's answer for one claim on one lot of one event: {@code valid} at a chain-of-custody level,
 * or {@code invalid} with a reason. Computed, never enforced at ingest.
 *
 * @param scheme empty when the certificate is unknown
 */
public record ClaimVerdict(Digest event, String lot, Digest certificate, Optional<ClaimType> scheme, boolean valid,
        Optional<CustodyLevel> level, Optional<AuditReason> reason, String detail) {

    static ClaimVerdict valid(Digest event, String lot, Digest certificate, ClaimType scheme, CustodyLevel level) {
        return new ClaimVerdict(event, lot, certificate, Optional.of(scheme), true, Optional.of(level), Optional.empty(), "");
    }

    static ClaimVerdict invalid(Digest event, String lot, Digest certificate, Optional<ClaimType> scheme, AuditReason reason,
            String detail) {
        return new ClaimVerdict(event, lot, certificate, scheme, false, Optional.empty(), Optional.of(reason), detail);
    }

    public String status() {
        return valid ? "valid" : "invalid";
    }
}

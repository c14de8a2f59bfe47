package io.trazo.ledger.verify;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.SignedRecord;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The evidence a v2 event's claims rest on (docs/protocol.md §8.1): every certificate a claim names MUST
 * be an accepted {@code certificate} record, or the event is {@code EVIDENCE_MISSING} at
 * {@code /body/claims/i/certificate}. The code waits at ingest, as a missing link target does, because
 * the certificate may still arrive; offline it is a finding like any other. One rule, applied by the
 * append path and by the offline verifier, so they agree. v1 events are never checked, so they keep
 * their verdicts (§1): a v1 claim on an unknown certificate is accepted, and the audit reports it
 * {@code CERTIFICATE_UNKNOWN}.
 */
public final class ClaimEvidence {

    private ClaimEvidence() {}

    /**
     * @param certificate whether a record hash names an accepted certificate (ingest: in the store;
     *     offline: a certificate of the set that passed its own checks)
     */
    public static Optional<Finding> missing(SignedRecord record, EventRecord event, Predicate<Digest> certificate) {
        if (record.version() == ProtocolVersion.V1) {
            return Optional.empty();
        }
        List<EventRecord.ClaimRef> claims = event.claims();
        for (int i = 0; i < claims.size(); i++) {
            Digest c = claims.get(i).certificate();
            if (!certificate.test(c)) {
                return Optional.of(new Finding(ReasonCode.EVIDENCE_MISSING, "/body/claims/" + i + "/certificate",
                        "claim names certificate " + c + ", which is not an accepted certificate record"));
            }
        }
        return Optional.empty();
    }
}

package io.trazo.ledger.verify;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.SignedRecord;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
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

    private static final String PLOT_PREFIX = "urn:trazo:plot:";

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

    /**
     * The plot a v2 event happens on is evidence too (§8.1): an event whose {@code bizLocation} names a
     * {@code urn:trazo:plot:} MUST find an accepted {@code plot} record with that {@code plotId} signed by the
     * event's own actor, or it is {@code EVIDENCE_MISSING} at {@code /body/event/bizLocation/id}. The
     * registrant is part of the rule because the store finds plots through their registrant's records, and
     * both paths must give the same answer. v1 events are never checked.
     *
     * @param plot whether {@code (plotId, registrant)} names an accepted plot record (ingest: in the store;
     *     offline: a plot of the set that passed its own checks)
     */
    public static Optional<Finding> plotMissing(SignedRecord record, EventRecord event, BiPredicate<String, String> plot) {
        if (record.version() == ProtocolVersion.V1) {
            return Optional.empty();
        }
        Optional<String> location = event.event().bizLocation().filter(l -> l.startsWith(PLOT_PREFIX));
        if (location.isPresent() && !plot.test(location.get(), record.actor())) {
            return Optional.of(new Finding(ReasonCode.EVIDENCE_MISSING, "/body/event/bizLocation/id", "event happens on plot "
                    + location.get() + ", for which " + record.actor() + " has no accepted plot record"));
        }
        return Optional.empty();
    }

    /** Whether a v2 record names a plot that {@link #plotMissing} looks up. */
    public static boolean namesPlot(SignedRecord record, EventRecord event) {
        return record.version() != ProtocolVersion.V1 && event.event().bizLocation().filter(l -> l.startsWith(PLOT_PREFIX)).isPresent();
    }
}

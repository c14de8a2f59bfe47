package io.trazo.audit;

import io.trazo.ledger.claim.Certificate;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.event.EventRecord;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a certificate can back a claim on one lot of one event, before chain of custody is looked at:
 * it exists, its issuer held the certifier role, it was in force and active at the event's time, it
 * names an actor that signed the event (its actor or counterparty) as its holder, and it covers the event's plot and the lot
 * where it narrows its subject to plots or lots.
 */
final class ClaimChecks {

    private final CertificateBook book;
    private final Registrations registrations;

    ClaimChecks(CertificateBook book, Registrations registrations) {
        this.book = book;
        this.registrations = registrations;
    }

    /** Empty when the certificate backs the claim; otherwise the invalid verdict. */
    Optional<ClaimVerdict> refusal(AuditRecord record, EventRecord event, Digest certificate, String lot) {
        Optional<Certificate> found = book.certificate(certificate);
        if (found.isEmpty()) {
            return refuse(record, lot, certificate, null, AuditReason.CERTIFICATE_UNKNOWN, "no certificate record " + certificate.hex());
        }
        Certificate c = found.get();
        Instant t = record.time();
        if (!registrations.certifier(c.issuer())) {
            return refuse(record, lot, certificate, c, AuditReason.ISSUER_NOT_CERTIFIER, c.issuer() + " does not hold the certifier role");
        }
        if (!c.validAt(t)) {
            return refuse(record, lot, certificate, c, AuditReason.CERTIFICATE_NOT_IN_FORCE,
                    "certificate " + c.certificateId() + " is valid from " + c.validFrom() + " until " + c.validUntil() + ", event at " + t);
        }
        Optional<CertificateStatus> standing = book.standingAt(certificate, t);
        if (standing.isPresent()) {
            CertificateStatus s = standing.get();
            AuditReason reason = s.status() == CertificateStatus.Status.WITHDRAWN
                    ? AuditReason.CERTIFICATE_WITHDRAWN : AuditReason.CERTIFICATE_SUSPENDED;
            return refuse(record, lot, certificate, c, reason, "certificate " + c.certificateId() + " " + s.status().wire() + " from "
                    + s.effectiveFrom() + " by record " + s.recordHash().hex() + ": " + s.reason());
        }
        String holder = c.subject().actor();
        // both parties of a handover sign the event, so either may be the holder whose claim it carries
        if (!holder.equals(record.actor()) && !record.counterparty().filter(holder::equals).isPresent()) {
            return refuse(record, lot, certificate, c, AuditReason.NOT_CERTIFICATE_HOLDER, "certificate " + c.certificateId()
                    + " is held by " + holder + ", the claim is signed by " + record.actor() + record.counterparty().map(p -> " and " + p).orElse(""));
        }
        Optional<String> plot = event.event().bizLocation().filter(l -> l.startsWith("urn:trazo:plot:"));
        if (!c.subject().plots().isEmpty() && plot.isPresent() && !c.subject().plots().contains(plot.get())) {
            return refuse(record, lot, certificate, c, AuditReason.SUBJECT_NOT_COVERED,
                    "certificate " + c.certificateId() + " covers plots " + c.subject().plots() + ", not " + plot.get());
        }
        if (!c.subject().lots().isEmpty() && !c.subject().lots().contains(lot)) {
            return refuse(record, lot, certificate, c, AuditReason.SUBJECT_NOT_COVERED,
                    "certificate " + c.certificateId() + " covers lots " + c.subject().lots() + ", not " + lot);
        }
        return Optional.empty();
    }

    private static Optional<ClaimVerdict> refuse(AuditRecord record, String lot, Digest certificate, Certificate c, AuditReason reason,
            String detail) {
        return Optional.of(ClaimVerdict.invalid(record.hash(), lot, certificate, Optional.ofNullable(c).map(Certificate::claim), reason,
                detail));
    }
}

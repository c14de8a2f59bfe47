package io.trazo.audit;

import io.trazo.ledger.claim.Certificate;
import io.trazo.ledger.crypto.Digest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every certificate seen so far and its status history. A withdrawal is final: a later reinstatement
 * does not undo it, because a certifier withdraws what it will not stand behind again (it issues a
 * new certificate instead). Statuses apply from their {@code effectiveFrom}, which may precede the
 * status record itself: a certifier suspends from when the non-conformity began.
 */
public final class CertificateBook {

    private final Map<Digest, Certificate> certificates = new HashMap<>();
    private final Map<Digest, List<CertificateStatus>> statuses = new HashMap<>();

    void add(Certificate certificate) {
        certificates.putIfAbsent(certificate.recordHash(), certificate);
    }

    /**
     * Records a status change.
     *
     * @return a finding when the status is not signed by the certificate's issuer (it is then ignored)
     */
    Optional<Finding> add(CertificateStatus status) {
        Certificate c = certificates.get(status.certificate());
        if (c == null || !c.issuer().equals(status.signer())) {
            return Optional.of(new Finding(AuditReason.STATUS_NOT_BY_ISSUER, status.signer() + " set " + status.status().wire()
                    + " on certificate " + status.certificate().hex() + (c == null ? ", which is unknown" : ", issued by " + c.issuer()),
                    List.of(status.recordHash())));
        }
        List<CertificateStatus> list = statuses.computeIfAbsent(status.certificate(), k -> new ArrayList<>());
        list.add(status);
        list.sort((a, b) -> a.effectiveFrom().compareTo(b.effectiveFrom()));
        return Optional.empty();
    }

    public Optional<Certificate> certificate(Digest hash) {
        return Optional.ofNullable(certificates.get(hash));
    }

    /** The status in force at {@code t}, or empty when the certificate is active then. */
    public Optional<CertificateStatus> standingAt(Digest certificate, Instant t) {
        CertificateStatus current = null;
        for (CertificateStatus s : statuses.getOrDefault(certificate, List.of())) {
            if (s.effectiveFrom().isAfter(t)) {
                break;
            }
            if (current != null && current.status() == CertificateStatus.Status.WITHDRAWN) {
                break;
            }
            current = s;
        }
        return Optional.ofNullable(current).filter(s -> s.status() != CertificateStatus.Status.REINSTATED);
    }

    /** The status in force as of the latest change known, whatever its date: what taints downstream lots now. */
    public Optional<CertificateStatus> standingNow(Digest certificate) {
        return standingAt(certificate, Instant.MAX);
    }
}

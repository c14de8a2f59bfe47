package io.trazo.ledger.bundle;

import io.trazo.ledger.crypto.Digest;
import java.util.List;

/**
 * Finds the {@code certificate_status} records of a certificate (docs/protocol.md §8.7, §18). They name
 * their certificate by hash in their body and bind no registry name, so, like plots, they are found by a
 * look-up that is not by exact key; adapters say how they serve it.
 */
@FunctionalInterface
public interface CertificateStatusDirectory {

    /**
     * Every accepted {@code certificate_status} record whose body names {@code certificate} and whose actor is
     * {@code certifier}, in any order. Status records by another actor are never accepted (§8.7), so the
     * certifier narrows the search without changing the answer. MUST NOT leave out an accepted one: a bundle
     * without it fails {@code CERTIFICATE_STATUS_OMITTED} when it carries key-status proofs, and misleads
     * an offline audit when it does not.
     */
    List<Digest> statuses(Digest certificate, String certifier);

    /** For ledgers that hold no status record (v1 only); a v2 ledger's bundles need a real directory. */
    static CertificateStatusDirectory none() {
        return (certificate, certifier) -> List.of();
    }
}

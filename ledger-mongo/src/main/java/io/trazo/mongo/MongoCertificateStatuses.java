package io.trazo.mongo;

import io.trazo.ledger.bundle.CertificateStatusDirectory;
import io.trazo.ledger.claim.CertificateStatuses;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.store.StoredRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A certificate's status records through its certifier's accepted {@code certificate_status} records
 * ({@code {actor, time}} index), read on every call: a suspension may arrive at any time, and a bundle
 * that missed it fails {@code CERTIFICATE_STATUS_OMITTED} (docs/protocol.md §20.6). A certifier writes few
 * status records, so the scan stays short.
 */
public final class MongoCertificateStatuses implements CertificateStatusDirectory {

    private final LedgerQueries queries;

    public MongoCertificateStatuses(LedgerQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Digest> statuses(Digest certificate, String certifier) {
        List<Digest> out = new ArrayList<>();
        for (StoredRecord r : queries.certificateStatusesBy(certifier)) {
            if (CertificateStatuses.read(r.parse()).certificate().equals(certificate)) {
                out.add(r.hash());
            }
        }
        return out;
    }
}

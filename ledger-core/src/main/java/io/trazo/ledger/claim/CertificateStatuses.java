package io.trazo.ledger.claim;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.Fields;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads v2 {@code certificate_status} bodies (docs/protocol.md §8.7): a certifier suspends, reinstates
 * or withdraws a certificate it signed. Shape only; what a status does to claims is later work.
 */
public final class CertificateStatuses {

    /** What a status record says of its certificate from {@code effectiveFrom} on. */
    public record CertificateStatus(Digest certificate, String status, Instant effectiveFrom, String reason, Digest recordHash) {}

    private static final Set<String> MEMBERS = Set.of("certificate", "status", "effectiveFrom", "reason");
    private static final Pattern STATUS = Pattern.compile("suspended|reinstated|withdrawn");
    static final Pattern TEXT = Pattern.compile("\\S(?:.{0,498}\\S)?");

    private CertificateStatuses() {}

    public static CertificateStatus read(SignedRecord record) {
        Fields body = V2Bodies.body(record, RecordType.CERTIFICATE_STATUS, MEMBERS);
        return new CertificateStatus(body.digest("certificate"), body.string("status", STATUS, "suspended, reinstated or withdrawn"),
                body.time("effectiveFrom"), body.string("reason", TEXT, "a reason of 1 to 500 characters"), record.hash());
    }
}

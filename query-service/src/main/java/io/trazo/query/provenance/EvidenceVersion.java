package io.trazo.query.provenance;

import io.trazo.audit.AuditFold;
import io.trazo.audit.ClaimStanding;
import io.trazo.audit.Finding;
import io.trazo.audit.Holding;
import io.trazo.audit.LotAudit;
import io.trazo.ledger.crypto.Digest;
import io.trazo.query.audit.AuditLedger;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Everything a lot's page shows that can change without a new record on the lot, as one digest: the
 * signer keys' status ({@link SignerStatus}), the audit's standing of every claim the lot carries (a
 * suspension, withdrawal or reinstatement of a certificate moves it, and so does a late certificate or
 * audit finding), and the newest delegation. A client caching a lot's page per head keys it on this too.
 *
 * <p>Why it stays cheap on the page's hot path: the standings come from the audit fold query already
 * keeps in memory, which costs one exact-key read of the ledger's position counter to know it is current
 * (plus a range read of whatever was appended since, shared by every request), and then a walk of the
 * lot's upstream in memory. Delegations are counted registry-wide rather than per lot: one is granted per
 * namespace, at onboarding, so each costs every cached page one re-render, which is less than finding the
 * delegations a page's evidence uses on every view (docs/operations.md, "The buyer's page cache").
 */
@Component
public class EvidenceVersion {

    private static final byte[] DOMAIN = "trazo:lot-evidence:v1\0".getBytes(StandardCharsets.US_ASCII);

    private final AuditLedger audits;

    EvidenceVersion(AuditLedger audits) {
        this.audits = audits;
    }

    /**
     * Lower-case hex SHA-256 of the domain string and the lines {@code keys <keyStatus>}, then either
     * {@code audit warming} (the fold is still being built at start: the version moves again once it is
     * ready) or one line per claimed certificate of the lot in record-hash order with its standing and the
     * certificate's current status record, and {@code delegation <position of the newest>}.
     */
    public String of(String lot, String keyStatus) {
        StringBuilder lines = new StringBuilder("keys ").append(keyStatus).append('\n');
        lines.append(audits.readIfWarm(fold -> standings(fold, lot)).orElse("audit warming\n"));
        return Digest.sha256(DOMAIN, lines.toString().getBytes(StandardCharsets.UTF_8)).hex();
    }

    private String standings(AuditFold fold, String lot) {
        Optional<LotAudit> audit = fold.lot(lot);
        if (audit.isEmpty()) {
            return "audit none\ndelegation " + audits.lastDelegation() + "\n";
        }
        TreeMap<String, Digest> certificates = new TreeMap<>();
        audit.get().claims().forEach(c -> certificates.put(c.certificate().hex(), c.certificate()));
        for (Holding h : audit.get().holdings()) {
            h.certificates().forEach(d -> certificates.put(d.hex(), d));
        }
        StringBuilder lines = new StringBuilder();
        for (Digest certificate : certificates.values()) {
            ClaimStanding s = ClaimStanding.of(fold, audit.get(), certificate);
            lines.append("claim ").append(certificate.hex()).append(' ').append(s.status()).append(' ')
                    .append(s.level().map(l -> l.abbreviation()).orElse("-")).append(' ').append(s.tainted() ? "tainted" : "-").append(' ')
                    .append(fold.certificates().standingNow(certificate).map(st -> st.recordHash().hex()).orElse("-"));
            for (Finding f : s.reasons()) {
                lines.append(' ').append(f.reason().wire());
                f.records().forEach(r -> lines.append(':').append(r.hex()));
            }
            lines.append('\n');
        }
        return lines.append("delegation ").append(audits.lastDelegation()).append('\n').toString();
    }
}

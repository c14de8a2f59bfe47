package io.trazo.audit;

import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.crypto.Digest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a claim resting on one certificate stands for one lot: {@code valid} when every claim made with
 * the certificate on the lot or upstream of it passed its checks and the lot still holds the scheme on
 * it, at that level; otherwise {@code invalid}, with the reasons (the failed checks, or the merge that
 * lost the scheme on the way). A suspension or withdrawal after the fact taints, it does not invalidate:
 * the claim was valid when made (docs/audit.md, "Taint").
 *
 * @param reasons why it is invalid, then any taint
 */
public record ClaimStanding(Digest certificate, Optional<ClaimType> scheme, boolean valid, Optional<CustodyLevel> level,
        List<Finding> reasons, boolean tainted) {

    private static final Set<AuditReason> CUSTODY = EnumSet.of(AuditReason.MIXED_WITH_NON_QUALIFYING, AuditReason.LEVEL_NOT_ALLOWED,
            AuditReason.CLAIM_DOWNGRADED);

    public ClaimStanding {
        reasons = List.copyOf(reasons);
    }

    public String status() {
        return valid ? "valid" : "invalid";
    }

    /** The standing on {@code audit}'s lot of the claims that rest on {@code certificate}, as the fold knows them now. */
    public static ClaimStanding of(AuditFold fold, LotAudit audit, Digest certificate) {
        List<ClaimVerdict> made = audit.claims().stream().filter(c -> c.certificate().equals(certificate)).toList();
        Optional<Holding> holding = audit.holdings().stream().filter(h -> h.certificates().contains(certificate)).findFirst();
        Optional<ClaimType> scheme = holding.map(Holding::scheme)
                .or(() -> made.stream().map(ClaimVerdict::scheme).flatMap(Optional::stream).findFirst());
        List<Finding> reasons = new ArrayList<>();
        made.stream().filter(c -> !c.valid()).forEach(c -> reasons.add(new Finding(c.reason().orElseThrow(),
                c.lot() + ": " + c.detail(), List.of(c.event()))));
        if (holding.isEmpty() && reasons.isEmpty()) {
            // EventStep writes a merge's finding as "<scheme> on <lot> …"; a finding has no scheme of its own
            scheme.ifPresent(s -> audit.findings().stream().filter(f -> CUSTODY.contains(f.reason()))
                    .filter(f -> f.detail().startsWith(s.wire() + " on ")).forEach(reasons::add));
        }
        boolean valid = holding.isPresent() && reasons.isEmpty();
        Optional<CertificateStatus> status = holding.flatMap(h -> fold.certificates().standingNow(certificate));
        status.ifPresent(st -> audit.taints().stream().filter(t -> t.records().get(0).equals(st.recordHash())).forEach(reasons::add));
        return new ClaimStanding(certificate, scheme, valid, valid ? holding.map(Holding::level) : Optional.empty(), reasons,
                status.isPresent());
    }
}

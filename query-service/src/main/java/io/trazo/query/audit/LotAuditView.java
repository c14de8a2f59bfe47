package io.trazo.query.audit;

import io.trazo.audit.ClaimVerdict;
import io.trazo.audit.CustodyLevel;
import io.trazo.audit.Finding;
import io.trazo.audit.Holding;
import io.trazo.audit.LotAudit;
import io.trazo.audit.ProductForm;
import io.trazo.ledger.crypto.Digest;
import java.util.List;

/** A lot's audit as JSON: hashes in hex, levels and reasons by their stable names (docs/audit.md). */
record LotAuditView(String lot, String form, String custodian, boolean tainted, List<HoldingView> holdings, List<ClaimView> claims,
        List<FindingView> findings, List<FindingView> taints, List<String> plots) {

    record HoldingView(String scheme, String level, List<String> certificates) {}

    record ClaimView(String lot, String event, String certificate, String scheme, String status, String level, String reason,
            String detail) {}

    record FindingView(String reason, String detail, List<String> records) {}

    static LotAuditView of(LotAudit a) {
        return new LotAuditView(a.lot(), a.form().map(ProductForm::wire).orElse(null), a.custodian(), a.tainted(),
                a.holdings().stream().map(LotAuditView::holding).toList(), a.claims().stream().map(LotAuditView::claim).toList(),
                a.findings().stream().map(LotAuditView::finding).toList(), a.taints().stream().map(LotAuditView::finding).toList(),
                a.plots());
    }

    private static HoldingView holding(Holding h) {
        return new HoldingView(h.scheme().wire(), h.level().abbreviation(), h.certificates().stream().map(Digest::hex).sorted().toList());
    }

    private static ClaimView claim(ClaimVerdict c) {
        return new ClaimView(c.lot(), c.event().hex(), c.certificate().hex(), c.scheme().map(s -> s.wire()).orElse(null), c.status(),
                c.level().map(CustodyLevel::abbreviation).orElse(null), c.reason().map(r -> r.wire()).orElse(null),
                c.detail().isEmpty() ? null : c.detail());
    }

    private static FindingView finding(Finding f) {
        return new FindingView(f.reason().wire(), f.detail(), f.records().stream().map(Digest::hex).toList());
    }
}

package io.trazo.audit;

import static io.trazo.ledger.encoding.Json.obj;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import java.util.List;
import java.util.function.Function;

/**
 * A lot's audit as JSON: hashes in hex, levels and reasons by their stable names (docs/audit.md). The
 * query API's {@code /lots/{lot}/audit} and the CLI's {@code trazo audit --json} both write
 * {@link #json()}, so an offline audit of a bundle can be compared with the service's byte for byte.
 * Absent values (a lot with no known form, a valid claim's reason) are left out, not written as null.
 */
public record LotAuditView(String lot, String form, String custodian, boolean tainted, List<HoldingView> holdings, List<ClaimView> claims,
        List<FindingView> findings, List<FindingView> taints, List<String> plots) {

    public record HoldingView(String scheme, String level, List<String> certificates) {}

    public record ClaimView(String lot, String event, String certificate, String scheme, String status, String level, String reason,
            String detail) {}

    public record FindingView(String reason, String detail, List<String> records) {}

    public static LotAuditView of(LotAudit a) {
        return new LotAuditView(a.lot(), a.form().map(ProductForm::wire).orElse(null), a.custodian(), a.tainted(),
                a.holdings().stream().map(LotAuditView::holding).toList(), a.claims().stream().map(LotAuditView::claim).toList(),
                a.findings().stream().map(LotAuditView::finding).toList(), a.taints().stream().map(LotAuditView::finding).toList(),
                a.plots());
    }

    /** RFC 8785 canonical JSON: one spelling for the same audit, whoever computed it. */
    public byte[] json() {
        return Jcs.canonicalize(toJson());
    }

    public JsonObject toJson() {
        return obj("lot", lot, "form", form, "custodian", custodian, "tainted", tainted,
                "holdings", array(holdings, h -> obj("scheme", h.scheme(), "level", h.level(), "certificates", h.certificates())),
                "claims", array(claims, c -> obj("lot", c.lot(), "event", c.event(), "certificate", c.certificate(), "scheme", c.scheme(),
                        "status", c.status(), "level", c.level(), "reason", c.reason(), "detail", c.detail())),
                "findings", array(findings, LotAuditView::json), "taints", array(taints, LotAuditView::json), "plots", plots);
    }

    private static JsonValue json(FindingView f) {
        return obj("reason", f.reason(), "detail", f.detail(), "records", f.records());
    }

    private static <T> JsonArray array(List<T> items, Function<T, JsonValue> each) {
        return new JsonArray(items.stream().map(each).toList());
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

package io.trazo.cli;

import io.trazo.audit.LotAuditView;
import java.io.PrintStream;

/** {@code trazo audit}'s report for people: the same audit as {@code --json}, one line per claim, holding and finding. */
final class AuditReport {

    private AuditReport() {}

    static void print(LotAuditView a, int records, boolean logged, PrintStream out) {
        out.println("lot        " + a.lot());
        out.println("verified   " + records + " records against the trust root" + (logged ? " and the transparency log" : ""));
        out.println("form       " + (a.form() == null ? "(not stated)" : a.form()) + ", held by " + a.custodian());
        out.println("plots      " + (a.plots().isEmpty() ? "(none)" : String.join(", ", a.plots())));
        out.println("holds");
        if (a.holdings().isEmpty()) {
            out.println("  (no certified claim reaches this lot)");
        }
        for (LotAuditView.HoldingView h : a.holdings()) {
            out.println("  " + h.scheme() + " at " + h.level() + ", on certificate " + String.join(", ", h.certificates()));
        }
        out.println("claims");
        for (LotAuditView.ClaimView c : a.claims()) {
            out.println("  " + (c.status().equals("valid") ? "VALID   " : "INVALID ") + (c.scheme() == null ? "?" : c.scheme())
                    + (c.level() != null ? " at " + c.level() : "") + (c.reason() != null ? " " + c.reason() : "") + " on " + c.lot()
                    + " (event " + c.event() + ", certificate " + c.certificate() + ")" + (c.detail() != null ? ": " + c.detail() : ""));
        }
        section("findings", a.findings(), out);
        section("taints", a.taints(), out);
        boolean clean = a.claims().stream().allMatch(c -> c.status().equals("valid")) && a.findings().isEmpty() && !a.tainted();
        out.println(clean ? "AUDIT CLEAN: every claim valid, no findings, no taints"
                : "AUDIT FINDINGS: " + a.claims().stream().filter(c -> !c.status().equals("valid")).count() + " invalid claims, "
                        + a.findings().size() + " findings, " + a.taints().size() + " taints");
    }

    private static void section(String title, java.util.List<LotAuditView.FindingView> findings, PrintStream out) {
        out.println(title + (findings.isEmpty() ? "     (none)" : ""));
        for (LotAuditView.FindingView f : findings) {
            out.println("  " + f.reason() + ": " + f.detail());
            out.println("    records " + String.join(", ", f.records()));
        }
    }
}

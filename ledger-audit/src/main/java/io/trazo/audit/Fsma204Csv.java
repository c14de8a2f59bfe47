package io.trazo.audit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An FSMA 204-style electronic sortable spreadsheet (CSV, RFC 4180) of critical tracking events: for a
 * lot and everything upstream of it, or for a date range. Coffee is not on the Food Traceability List,
 * so this is voluntary; it follows the rule's key data elements so a buyer's food-safety team can load it.
 */
public final class Fsma204Csv {

    static final String HEADER = "Critical Tracking Event,Traceability Lot Code,Quantity,Unit of Measure,Product Description,"
            + "Ship-From Location,Ship-To Location,Event Date,Traceability Lot Code Source,Reference Document Type,"
            + "Reference Document Number,Input Traceability Lot Codes,Trazo Record";

    private Fsma204Csv() {}

    public static byte[] forLot(AuditFold fold, String lot) {
        List<String> upstream = fold.upstreamLots(lot);
        List<TraceRow> rows = new ArrayList<>();
        for (String l : upstream) {
            rows.addAll(fold.state(l).rows);
        }
        return write(rows);
    }

    /** Every critical tracking event with {@code from ≤ time < to}. */
    public static byte[] forRange(AuditFold fold, Instant from, Instant to) {
        return write(fold.rows().stream().filter(r -> !r.time().isBefore(from) && r.time().isBefore(to)).toList());
    }

    private static byte[] write(List<TraceRow> rows) {
        List<TraceRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(TraceRow::time).thenComparing(TraceRow::lot));
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (TraceRow r : sorted) {
            String quantity = r.quantity().map(BigDecimal::toPlainString).orElse("");
            out.append(String.join(",", cell(r.cte()), cell(r.lot()), quantity, cell(r.unit()), cell(r.product()), cell(r.shipFrom()),
                    cell(r.shipTo()), cell(r.time().toString()), cell(r.tlcSource()), cell(r.documentTypes()), cell(r.documentNumbers()),
                    cell(String.join(" ", r.inputLots())), cell(r.record().hex()))).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * RFC 4180 quoting, hand-written because it is four lines and the module carries no dependency beyond
     * the core. A leading {@code = + - @} is prefixed with an apostrophe so a spreadsheet never evaluates
     * a producer-supplied name as a formula (OWASP, CSV injection).
     */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = v.indexOf('"') >= 0 || v.indexOf(',') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0;
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}

package io.trazo.audit;

import static io.trazo.ledger.encoding.Json.obj;

import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An operator's mass balance in one scheme as JSON. Kilograms are exact decimal strings ({@code "200.5"}),
 * never binary floating point (docs/audit.md, "Exact decimals"). The query API's
 * {@code /actors/{actor}/mass-balance} and the CLI's {@code trazo audit --scheme … --json} of an
 * operator-period bundle both write {@link #json()}, so the two can be compared byte for byte. Absent
 * values ({@code from}, {@code to}, a period's {@code variancePercent} when nothing was converted) are
 * left out.
 *
 * @param ok no period has a hard error and no certificate's cap is exceeded
 * @param capErrors caps are per certificate, not per period: the latest {@code VOLUME_CAP_EXCEEDED} of each
 */
public record MassBalanceView(String operator, String scheme, String from, String to, boolean ok, List<Period> periods,
        List<Error> capErrors) {

    public record Period(String form, String period, String openingKg, Map<String, String> inputsByCertificate, String inputsKg,
            String conversionInKg, String expectedConversionInKg, String conversionOutKg, String outputsKg, String downgradesKg,
            String closingKg, String varianceKg, String variancePercent, List<Error> errors) {}

    public record Error(String reason, String detail, List<String> records) {}

    /**
     * The balances of {@code operator} in {@code scheme} whose period reaches {@code [first, last]} (UTC dates,
     * inclusive); {@code from} and {@code to} are echoed as the caller wrote them (null when absent).
     */
    public static MassBalanceView of(MassBalance balance, String operator, ClaimType scheme, String from, String to, LocalDate first,
            LocalDate last) {
        List<Period> periods = balance.balances(operator, scheme).stream()
                .filter(b -> Periods.span(b.period()).meets(first, last)).map(MassBalanceView::period).toList();
        List<Error> capErrors = balance.capErrors(operator, scheme).stream().map(MassBalanceView::error).toList();
        boolean ok = capErrors.isEmpty() && periods.stream().allMatch(p -> p.errors().isEmpty());
        return new MassBalanceView(operator, scheme.wire(), from, to, ok, periods, capErrors);
    }

    /** RFC 8785 canonical JSON: one spelling for the same balance, whoever computed it. */
    public byte[] json() {
        return Jcs.canonicalize(toJson());
    }

    public JsonObject toJson() {
        return obj("operator", operator, "scheme", scheme, "from", from, "to", to, "ok", ok,
                "periods", new JsonArray(periods.stream().map(MassBalanceView::json).toList()),
                "capErrors", new JsonArray(capErrors.stream().map(MassBalanceView::json).toList()));
    }

    private static JsonValue json(Period p) {
        Map<String, JsonValue> inputs = new LinkedHashMap<>();
        p.inputsByCertificate().forEach((certificate, kg) -> inputs.put(certificate, new JsonString(kg)));
        return obj("form", p.form(), "period", p.period(), "openingKg", p.openingKg(), "inputsByCertificate", new JsonObject(inputs),
                "inputsKg", p.inputsKg(), "conversionInKg", p.conversionInKg(), "expectedConversionInKg", p.expectedConversionInKg(),
                "conversionOutKg", p.conversionOutKg(), "outputsKg", p.outputsKg(), "downgradesKg", p.downgradesKg(),
                "closingKg", p.closingKg(), "varianceKg", p.varianceKg(), "variancePercent", p.variancePercent(),
                "errors", new JsonArray(p.errors().stream().map(MassBalanceView::json).toList()));
    }

    private static JsonValue json(Error e) {
        return obj("reason", e.reason(), "detail", e.detail(), "records", e.records());
    }

    private static Period period(PeriodBalance b) {
        Map<String, String> inputs = new TreeMap<>();
        b.inputsByCertificate().forEach((c, kg) -> inputs.put(c, kg(kg)));
        return new Period(b.form(), b.period(), kg(b.openingKg()), inputs, kg(b.inputsKg()), kg(b.conversionInKg()),
                kg(b.expectedConversionInKg()), kg(b.conversionOutKg()), kg(b.outputsKg()), kg(b.downgradesKg()), kg(b.closingKg()),
                kg(b.varianceKg()), b.variancePercent().map(BigDecimal::toPlainString).orElse(null),
                b.errors().stream().map(MassBalanceView::error).toList());
    }

    private static Error error(Finding f) {
        return new Error(f.reason().wire(), f.detail(), f.records().stream().map(Digest::hex).toList());
    }

    /** Without exponent or trailing zeros: {@code 200.50} and {@code 2.005E2} both read {@code 200.5}. */
    private static String kg(BigDecimal kg) {
        return kg.signum() == 0 ? "0" : kg.stripTrailingZeros().toPlainString();
    }
}

package io.trazo.query.audit;

import io.trazo.audit.Finding;
import io.trazo.audit.PeriodBalance;
import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.crypto.Digest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An operator's mass balance as JSON. Kilograms are exact decimal strings ({@code "200.5"}), never
 * binary floating point, so a client sums them without losing a gram (docs/audit.md, "Exact decimals").
 *
 * @param ok no period has a hard error and no certificate's cap is exceeded
 * @param capErrors caps are per certificate, not per period: the latest {@code VOLUME_CAP_EXCEEDED} of each
 */
record MassBalanceView(String operator, String scheme, String from, String to, boolean ok, List<Period> periods, List<Error> capErrors) {

    /** @param variancePercent null when nothing was converted in the period */
    record Period(String form, String period, String openingKg, Map<String, String> inputsByCertificate, String inputsKg,
            String conversionInKg, String expectedConversionInKg, String conversionOutKg, String outputsKg, String downgradesKg,
            String closingKg, String varianceKg, String variancePercent, List<Error> errors) {}

    record Error(String reason, String detail, List<String> records) {}

    static MassBalanceView of(String operator, ClaimType scheme, String from, String to, List<PeriodBalance> balances, List<Finding> caps) {
        List<Period> periods = balances.stream().map(MassBalanceView::period).toList();
        List<Error> capErrors = caps.stream().map(MassBalanceView::error).toList();
        boolean ok = capErrors.isEmpty() && periods.stream().allMatch(p -> p.errors().isEmpty());
        return new MassBalanceView(operator, scheme.wire(), from, to, ok, periods, capErrors);
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

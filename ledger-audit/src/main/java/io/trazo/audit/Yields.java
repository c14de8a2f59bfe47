package io.trazo.audit;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.event.EpcisEvent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a transformation's yield (output kg / input kg) against the conversion factor for its forms,
 * and against the ratio it declares in {@code trazo:conversionRatio}.
 */
final class Yields {

    /** A declared ratio may differ from the quantities by rounding, no more. */
    private static final BigDecimal RATIO_SLACK = new BigDecimal("0.005");

    private final ConversionTable table;

    Yields(ConversionTable table) {
        this.table = table;
    }

    /** The expected output of {@code kgIn} of {@code from} as {@code to}, by the nominal factor; empty if the table has no factor. */
    Optional<BigDecimal> expected(String actor, ProductForm from, ProductForm to, java.time.Instant t, long kgIn) {
        return table.factor(actor, from, to, t).map(f -> f.nominal().multiply(BigDecimal.valueOf(kgIn)));
    }

    List<Finding> check(AuditRecord record, EpcisEvent event, List<LotState> inputs, Optional<ProductForm> outForm) {
        List<Finding> out = new ArrayList<>();
        long in = kilograms(event, EpcisEvent.Direction.IN);
        long produced = kilograms(event, EpcisEvent.Direction.OUT);
        if (in == 0 || produced == 0) {
            return out;
        }
        BigDecimal actual = BigDecimal.valueOf(produced).divide(BigDecimal.valueOf(in), MathContext.DECIMAL64);
        Extensions.decimal(event, Extensions.CONVERSION_RATIO).ifPresent(declared -> {
            if (declared.subtract(actual).abs().compareTo(RATIO_SLACK) > 0) {
                out.add(new Finding(AuditReason.RATIO_MISMATCH, "declared conversion ratio " + declared.toPlainString()
                        + " but the quantities give " + round(actual), List.of(record.hash())));
            }
        });
        Set<ProductForm> inForms = inputs.stream().map(s -> s.form).flatMap(Optional::stream).collect(Collectors.toSet());
        if (inForms.size() != 1 || outForm.isEmpty()) {
            return out;
        }
        ProductForm from = inForms.iterator().next();
        table.factor(record.actor(), from, outForm.get(), record.time()).filter(f -> !f.admits(actual)).ifPresent(f -> {
            List<Digest> cited = new ArrayList<>();
            cited.add(record.hash());
            inputs.forEach(s -> s.records.stream().reduce((a, b) -> b).ifPresent(cited::add));
            out.add(new Finding(AuditReason.YIELD_OUT_OF_BAND, from.wire() + " → " + f.to().wire() + " yield " + round(actual) + " ("
                    + produced + " kg from " + in + " kg) is outside " + f.low().toPlainString() + "–" + f.high().toPlainString()
                    + " (factor " + f.nominal().toPlainString() + ")", cited));
        });
        return out;
    }

    static long kilograms(EpcisEvent event, EpcisEvent.Direction direction) {
        return event.quantities().stream().filter(q -> q.direction() == direction && q.uom().equals("KGM"))
                .mapToLong(EpcisEvent.Quantity::amount).sum();
    }

    private static String round(BigDecimal v) {
        return v.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}

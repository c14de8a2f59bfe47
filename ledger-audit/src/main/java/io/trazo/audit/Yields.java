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
    Optional<BigDecimal> expected(String actor, ProductForm from, ProductForm to, java.time.Instant t, BigDecimal kgIn) {
        return table.factor(actor, from, to, t).map(f -> f.nominal().multiply(kgIn));
    }

    List<Finding> check(AuditRecord record, EpcisEvent event, List<LotState> inputs, Optional<ProductForm> outForm) {
        List<Finding> out = new ArrayList<>();
        BigDecimal in = Kilograms.total(event, EpcisEvent.Direction.IN);
        BigDecimal produced = Kilograms.total(event, EpcisEvent.Direction.OUT);
        // a side with an unstated amount has no known mass, so neither has the yield: judging the stated part alone would
        // accuse an honest mill (or clear a dishonest one); Conversion reports the gap where certified stock is involved
        if (in.signum() == 0 || produced.signum() == 0 || Kilograms.incomplete(event, EpcisEvent.Direction.IN)
                || Kilograms.incomplete(event, EpcisEvent.Direction.OUT)) {
            return out;
        }
        // a ratio, not a mass: it is only compared with a band, so 16 significant digits are plenty
        BigDecimal actual = produced.divide(in, MathContext.DECIMAL64);
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
                    + Kilograms.show(produced) + " kg from " + Kilograms.show(in) + " kg) is outside " + f.low().toPlainString() + "–"
                    + f.high().toPlainString() + " (factor " + f.nominal().toPlainString() + ")", cited));
        });
        return out;
    }

    private static String round(BigDecimal v) {
        return v.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}

package io.trazo.audit;

import io.trazo.ledger.claim.ClaimType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operator's certified stock of one scheme and product form over one period, in kilograms as
 * exact decimals (compare them with {@code compareTo}: {@code 200.50} and {@code 200.5} are the same mass):
 * {@code closing = opening + inputs + conversionIn − conversionOut − outputs − downgrades}. The variance
 * compares conversions' actual output with what the conversion factors expected of the certified
 * input; errors cite the records behind them.
 *
 * @param inputsByCertificate certified inputs by certificate record hash (a lot backed by two certificates counts under both)
 */
public record PeriodBalance(String operator, ClaimType scheme, String form, String period, BigDecimal openingKg,
        Map<String, BigDecimal> inputsByCertificate, BigDecimal inputsKg, BigDecimal conversionInKg, BigDecimal expectedConversionInKg,
        BigDecimal conversionOutKg, BigDecimal outputsKg, BigDecimal downgradesKg, BigDecimal closingKg, List<Finding> errors) {

    public PeriodBalance {
        inputsByCertificate = Map.copyOf(inputsByCertificate);
        errors = List.copyOf(errors);
    }

    public BigDecimal varianceKg() {
        return conversionInKg.subtract(expectedConversionInKg);
    }

    /** The variance as a percentage of the expected conversion output; empty when nothing was converted. */
    public Optional<BigDecimal> variancePercent() {
        if (expectedConversionInKg.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(varianceKg().multiply(BigDecimal.valueOf(100)).divide(expectedConversionInKg, 2, RoundingMode.HALF_EVEN));
    }
}

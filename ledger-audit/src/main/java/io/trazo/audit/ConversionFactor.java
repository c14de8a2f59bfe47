package io.trazo.audit;

import java.math.BigDecimal;

/**
 * The expected yield of a conversion (output mass / input mass) and the band within which a declared
 * yield is plausible.
 */
public record ConversionFactor(ProductForm from, ProductForm to, BigDecimal nominal, BigDecimal low, BigDecimal high) {

    public ConversionFactor {
        if (low.compareTo(nominal) > 0 || nominal.compareTo(high) > 0 || low.signum() <= 0) {
            throw new IllegalArgumentException("a factor lies within its band, and the band is positive: " + low + " ≤ " + nominal + " ≤ " + high);
        }
    }

    public static ConversionFactor of(ProductForm from, ProductForm to, String nominal, String low, String high) {
        return new ConversionFactor(from, to, new BigDecimal(nominal), new BigDecimal(low), new BigDecimal(high));
    }

    public boolean admits(BigDecimal yield) {
        return yield.compareTo(low) >= 0 && yield.compareTo(high) <= 0;
    }
}

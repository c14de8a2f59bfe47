package io.trazo.ledger.encoding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * ECMAScript {@code Number::toString} for finite binary64 values, as RFC 8785 §3.2.2.3 requires
 * (ECMA-262 §6.1.6.1.20).
 *
 * <p>JDK 17's {@link Double#toString(double)} is not always shortest (JDK-4511638, fixed in JDK 19),
 * so the digits are searched for directly: for each precision from 1 to 17, the p-digit decimals
 * nearest to the exact value are tried until one reads back as the same double. Both neighbours are
 * tried because the rounding interval of a power of two is narrower below it than above it, so the
 * nearer neighbour may miss while the farther one hits. That search costs BigDecimal divisions; the
 * decimals records carry (quantities, sensor values) have few digits, and {@link ShortestDecimal}
 * reads their shortest form off the decimal itself.
 */
final class Es6NumberFormat {

    private static final int MAX_PLAIN_EXPONENT = 21;
    private static final int MIN_PLAIN_EXPONENT = -6;
    private static final int MAX_SIGNIFICANT_DIGITS = 17;

    private Es6NumberFormat() {}

    /** @throws IllegalArgumentException for NaN and the infinities, which JSON cannot express */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(value + " has no JSON representation (RFC 8785 §3.2.2.3)");
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal shortest = shortestRoundTrip(Math.abs(value)).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int exponent = digits.length() - shortest.scale();
        return layout(value < 0, digits, exponent);
    }

    /** The ECMAScript form of a value whose shortest round-trip digits are already known. */
    static String format(ShortestDecimal shortest) {
        return layout(shortest.negative(), shortest.digits(), shortest.exponent());
    }

    private static BigDecimal shortestRoundTrip(double magnitude) {
        BigDecimal exact = new BigDecimal(magnitude);
        for (int precision = 1; precision < MAX_SIGNIFICANT_DIGITS; precision++) {
            BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (nearest.doubleValue() == magnitude) {
                return nearest;
            }
            RoundingMode away = nearest.compareTo(exact) < 0 ? RoundingMode.CEILING : RoundingMode.FLOOR;
            BigDecimal other = exact.round(new MathContext(precision, away));
            if (other.doubleValue() == magnitude) {
                return other;
            }
        }
        // Seventeen significant digits always identify a binary64 value uniquely.
        return exact.round(new MathContext(MAX_SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN));
    }

    /**
     * Places the decimal point for a value of {@code 0.digits × 10^exponent}, following the case
     * analysis of ECMA-262 {@code Number::toString} steps 6 to 10 (there, k is the digit count and
     * n the exponent).
     */
    private static String layout(boolean negative, String digits, int exponent) {
        int k = digits.length();
        StringBuilder out = new StringBuilder(k + 8);
        if (negative) {
            out.append('-');
        }
        if (k <= exponent && exponent <= MAX_PLAIN_EXPONENT) {
            out.append(digits);
            out.append("0".repeat(exponent - k));
        } else if (0 < exponent && exponent <= MAX_PLAIN_EXPONENT) {
            out.append(digits, 0, exponent).append('.').append(digits, exponent, k);
        } else if (MIN_PLAIN_EXPONENT < exponent && exponent <= 0) {
            out.append("0.").append("0".repeat(-exponent)).append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            int e = exponent - 1;
            out.append(e < 0 ? "e-" : "e+").append(Math.abs(e));
        }
        return out.toString();
    }
}

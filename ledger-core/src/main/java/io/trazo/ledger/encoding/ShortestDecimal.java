package io.trazo.ledger.encoding;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The shortest decimal that reads back as the binary64 nearest to a given exact decimal, as
 * {@code ±0.digits × 10^exponent} ({@code digits} without leading or trailing zeros), read off the
 * decimal itself when that is possible without any binary64 arithmetic.
 *
 * <p>Why that is exact: a decimal of at most 15 significant digits in the normal binary64 range
 * survives decimal → binary64 → 15-digit decimal unchanged, because 10<sup>15</sup> &lt;
 * 2<sup>52</sup> (Goldberg, "What every computer scientist should know about floating-point
 * arithmetic", Theorem 15). So no other decimal of 15 digits or fewer reads back as the same
 * binary64, and the decimal's own significant digits are the shortest round-trip digits that RFC 8785
 * §3.2.2.3 (ECMAScript {@code Number::toString}) and Python's {@code repr} both print. The general
 * search over precisions, with its BigDecimal divisions, is needed only for longer or extreme
 * decimals: then, and for zero, the factories return empty and callers take their exact path.
 */
public record ShortestDecimal(boolean negative, String digits, int exponent) {

    /** Significant digits that every binary64 in the normal range keeps on a round trip (DBL_DIG). */
    public static final int MAX_DIGITS = 15;
    private static final int LONG_DIGITS = 18;
    /** Exponents kept well inside the normal range (about 2.2e-308 to 1.8e308), where the theorem holds. */
    private static final int MIN_EXPONENT = -300;
    private static final int MAX_EXPONENT = 300;

    /** The shortest round-trip digits of {@code value}'s nearest binary64, if {@code value} is short enough. */
    public static Optional<ShortestDecimal> ofExact(BigDecimal value) {
        if (value.signum() == 0) {
            return Optional.empty();
        }
        // trailing zeros are not significant; a long holds any unscaled value of up to 18 digits
        BigDecimal exact = value.precision() > LONG_DIGITS ? value.stripTrailingZeros() : value;
        if (exact.precision() > LONG_DIGITS) {
            return Optional.empty();
        }
        long unscaled = Math.abs(exact.unscaledValue().longValue());
        int scale = exact.scale();
        while (unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        String digits = Long.toString(unscaled);
        if (digits.length() > MAX_DIGITS) {
            return Optional.empty();
        }
        return checked(value.signum() < 0, digits, (long) digits.length() - scale);
    }

    /**
     * As {@link #ofExact} for the text of a plain ASCII decimal {@code [+-]?[0-9]+(\.[0-9]+)?}; any other
     * text (exponents, underscores, non-ASCII digits, a bare point) returns empty.
     */
    public static Optional<ShortestDecimal> ofPlainText(String text) {
        int n = text.length();
        int start = n > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        int point = -1;
        int first = -1;
        int last = -1;
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' && point < 0 && i > start && i < n - 1) {
                point = i;
            } else if (c < '0' || c > '9') {
                return Optional.empty();
            } else if (c != '0') {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0 || start == n) {
            return Optional.empty();
        }
        int end = point < 0 ? n : point;
        // digits between first and last, skipping the point
        int count = last - first + 1 - (point > first && point < last ? 1 : 0);
        if (count > MAX_DIGITS) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder(count);
        for (int i = first; i <= last; i++) {
            if (i != point) {
                digits.append(text.charAt(i));
            }
        }
        // the point sits after the integer digits; each integer digit from the first significant one counts
        long exponent = first < end ? end - first : -(first - point - 1);
        return checked(text.charAt(0) == '-', digits.toString(), exponent);
    }

    private static Optional<ShortestDecimal> checked(boolean negative, String digits, long exponent) {
        if (exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) {
            return Optional.empty();
        }
        return Optional.of(new ShortestDecimal(negative, digits, (int) exponent));
    }
}

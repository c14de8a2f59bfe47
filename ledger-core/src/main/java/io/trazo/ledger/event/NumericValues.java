package io.trazo.ledger.event;

import io.trazo.ledger.encoding.ShortestDecimal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CBV 2.0 §8.9 writes quantitative values without trailing zeros ({@code 1}, not {@code 1.0}). The
 * reference implementation does this by reading every value that parses as a binary64 float and
 * writing it back the way Python does: integral values as integers, others as the shortest
 * round-tripping decimal, in exponent form below 1e-4. This class reproduces that exactly, so
 * that numeric strings ({@code "23.0"}) and JSON numbers ({@code 23.0}) both become {@code 23}.
 */
final class NumericValues {

    private static final int MAX_EXACT_DIGITS = 15;
    /** Integral doubles below 2^63 convert to long exactly, so need no BigDecimal. */
    private static final double LONG_RANGE = 0x1p63;
    /** Python's {@code repr} uses an exponent when the point would sit this far left of the digits, or further. */
    private static final int PLAIN_MIN_POINT = -4;
    private static final String DIGITS = "\\d(?:_?\\d)*";
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:" + DIGITS + "(?:\\.(?:" + DIGITS + ")?)?|\\.(?:" + DIGITS + "))(?:[eE][+-]?" + DIGITS + ")?");

    private NumericValues() {}

    /** The canonical form of {@code text} if it is a finite decimal float literal, else empty. */
    static Optional<String> canonical(String text) {
        if (!canStartNumber(text)) {
            return Optional.empty();
        }
        if (isShortPlainInteger(text)) {
            return Optional.of(Long.toString(Long.parseLong(text)));
        }
        Optional<String> plain = ShortestDecimal.ofPlainText(text).flatMap(NumericValues::format);
        if (plain.isPresent()) {
            return plain;
        }
        if (!hasOnlyFloatChars(text)) {
            return Optional.empty();
        }
        String ascii = asciiDigits(text);
        if (!FLOAT.matcher(ascii).matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(ascii.replace("_", ""));
        return Double.isFinite(value) ? Optional.of(format(value)) : Optional.empty();
    }

    /**
     * {@link #format(double)} of the binary64 nearest to a decimal whose shortest digits are known, if
     * it is one of the common shapes: an integer below 10<sup>15</sup> (so exactly a long), or a fraction
     * that Python writes without an exponent. Empty otherwise, for the exact path.
     */
    static Optional<String> format(ShortestDecimal shortest) {
        String digits = shortest.digits();
        int k = digits.length();
        int exponent = shortest.exponent();
        StringBuilder out = new StringBuilder(k + 8);
        if (shortest.negative()) {
            out.append('-');
        }
        if (exponent >= k) {
            if (exponent > MAX_EXACT_DIGITS) {
                return Optional.empty();
            }
            out.append(digits);
            out.append("0".repeat(exponent - k));
        } else if (exponent > 0) {
            out.append(digits, 0, exponent).append('.').append(digits, exponent, k);
        } else if (exponent > PLAIN_MIN_POINT) {
            out.append("0.").append("0".repeat(-exponent)).append(digits);
        } else {
            return Optional.empty();
        }
        return Optional.of(out.toString());
    }

    /** Python's {@code str(int(x))} for integral {@code x}, otherwise {@code repr(x)}. */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not finite: " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < LONG_RANGE) {
            return Long.toString((long) value);
        }
        BigDecimal exact = new BigDecimal(value);
        if (value == Math.rint(value)) {
            return exact.toBigInteger().toString();
        }
        BigDecimal shortest = shortestRoundTrip(exact, value).stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int pointPosition = digits.length() - shortest.scale();
        String sign = value < 0 ? "-" : "";
        if (pointPosition > -4 && pointPosition <= 16) {
            return sign + shortest.abs().toPlainString();
        }
        int exponent = pointPosition - 1;
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exponentDigits = String.format("%02d", Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exponentDigits;
    }

    private static BigDecimal shortestRoundTrip(BigDecimal exact, double value) {
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(candidate.toString()) == value) {
                return candidate;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    /**
     * Whether {@link #FLOAT} could match: it needs a sign, a point or a digit first. Most values are
     * URIs or words, and this spares them the regex.
     */
    private static boolean canStartNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9')
                || (c > 0x7F && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER);
    }

    /**
     * {@code [+-]?[0-9]{1,15}}: exact as binary64, so Python writes it as the integer it is, without
     * sign for zero. Quantities and counts take this path and skip the regex and BigDecimal.
     */
    private static boolean isShortPlainInteger(String text) {
        int start = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > MAX_EXACT_DIGITS) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every char is one {@link #FLOAT} can match once digits are ASCII: a digit, a sign, a
     * point, an underscore or an exponent letter. Values such as offsets ({@code -08:00}) and periods
     * ({@code 2026-09/2026-11}) start like numbers, and this spares them the copy and the regex.
     */
    private static boolean hasOnlyFloatChars(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.' || c == '_' || c == 'e' || c == 'E'
                    || c > 0x7F && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Python's {@code float()} accepts any Unicode decimal digit; map them to ASCII first. */
    private static String asciiDigits(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return out == null ? text : out.toString();
    }
}

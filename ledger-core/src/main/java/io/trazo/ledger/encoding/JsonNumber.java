package io.trazo.ledger.encoding;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A JSON number kept as the exact decimal that was written, so that nothing is lost before the
 * protocol layer decides what it accepts. {@code integral} is true when the literal had neither a
 * fraction nor an exponent.
 */
public record JsonNumber(BigDecimal value, boolean integral) implements JsonValue {

    /** Largest integer that every IEEE-754 binary64 consumer reads exactly (RFC 7493 §2.2). */
    public static final long MAX_SAFE_INTEGER = 9_007_199_254_740_991L;

    public JsonNumber {
        Objects.requireNonNull(value, "value");
    }

    public static JsonNumber of(long value) {
        return new JsonNumber(BigDecimal.valueOf(value), true);
    }

    public boolean isSafeInteger() {
        return integral && value.abs().compareTo(BigDecimal.valueOf(MAX_SAFE_INTEGER)) <= 0;
    }
}

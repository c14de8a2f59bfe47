package io.trazo.query.epcis;

import io.trazo.ledger.encoding.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One EQ_/GT_/GE_/LT_/LE_ test of a field's value against the parameter's (EPCIS 2.0 §8.2.7.1): EQ_ holds if
 * the value equals any of the listed ones (numerically when both are numbers); the ordering tests compare
 * numbers with numbers and date-times with date-times, and fail on anything else.
 */
record Comparison(Op op, List<String> texts, Optional<BigDecimal> number, Optional<Instant> time) {

    enum Op {
        EQ,
        GT,
        GE,
        LT,
        LE
    }

    static Comparison parse(String name, Op op, String raw) {
        if (op == Op.EQ) {
            return new Comparison(op, List.copyOf(QueryValues.list(name, raw)), Optional.empty(), Optional.empty());
        }
        try {
            return new Comparison(op, List.of(raw), Optional.of(new BigDecimal(raw)), Optional.empty());
        } catch (NumberFormatException e) {
            return new Comparison(op, List.of(raw), Optional.empty(), Optional.of(QueryValues.time(name, raw)));
        }
    }

    static Comparison number(String name, Op op, String raw) {
        if (op == Op.EQ) {
            Set<String> all = QueryValues.list(name, raw);
            all.forEach(v -> QueryValues.number(name, v));
            return new Comparison(op, List.copyOf(all), Optional.empty(), Optional.empty());
        }
        return new Comparison(op, List.of(raw), Optional.of(QueryValues.number(name, raw)), Optional.empty());
    }

    boolean test(JsonValue actual) {
        if (op == Op.EQ) {
            Optional<BigDecimal> n = Json.decimal(actual);
            Optional<String> s = Json.text(actual);
            return texts.stream().anyMatch(t -> s.filter(t::equals).isPresent() || n.filter(x -> sameNumber(x, t)).isPresent());
        }
        int c;
        if (number.isPresent()) {
            Optional<BigDecimal> n = Json.decimal(actual);
            if (n.isEmpty()) {
                return false;
            }
            c = n.get().compareTo(number.get());
        } else {
            Optional<Instant> t = Json.instant(actual);
            if (t.isEmpty()) {
                return false;
            }
            c = t.get().compareTo(time.orElseThrow());
        }
        return switch (op) {
            case GT -> c > 0;
            case GE -> c >= 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
        };
    }

    private static boolean sameNumber(BigDecimal x, String t) {
        try {
            return x.compareTo(new BigDecimal(t)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

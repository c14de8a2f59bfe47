package io.trazo.query.epcis;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonBoolean;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Reading the signed event's JSON the way EPCIS queries see it: members that may be one object or a list of them. */
final class Json {

    private Json() {}

    /** The objects under a member: the member itself if it is an object, its object elements if it is a list. */
    static List<JsonObject> objects(JsonObject o, String member) {
        Optional<JsonValue> v = o.get(member);
        if (v.isEmpty()) {
            return List.of();
        }
        if (v.get() instanceof JsonObject one) {
            return List.of(one);
        }
        if (v.get() instanceof JsonArray a) {
            return a.elements().stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
        }
        return List.of();
    }

    static List<String> strings(JsonObject o, String member) {
        Optional<JsonValue> v = o.get(member);
        if (v.isPresent() && v.get() instanceof JsonArray a) {
            return a.elements().stream().filter(JsonString.class::isInstance).map(x -> ((JsonString) x).value()).toList();
        }
        return text(v).map(List::of).orElse(List.of());
    }

    static Optional<String> text(Optional<JsonValue> v) {
        return v.flatMap(Json::text);
    }

    static Optional<String> text(JsonValue v) {
        if (v instanceof JsonString s) {
            return Optional.of(s.value());
        }
        if (v instanceof JsonNumber n) {
            return Optional.of(n.value().toPlainString());
        }
        if (v instanceof JsonBoolean b) {
            return Optional.of(String.valueOf(b.value()));
        }
        return Optional.empty();
    }

    /** A number, or a string holding one (v1 events carry decimals as strings). */
    static Optional<BigDecimal> decimal(JsonValue v) {
        if (v instanceof JsonNumber n) {
            return Optional.of(n.value());
        }
        if (v instanceof JsonString s) {
            try {
                return Optional.of(new BigDecimal(s.value()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static Optional<Instant> instant(JsonValue v) {
        if (v instanceof JsonString s) {
            try {
                return Optional.of(OffsetDateTime.parse(s.value()).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Every member value nested anywhere below {@code v} whose name passes {@code name} (EPCIS's {@code INNER_} fields). */
    static List<JsonValue> nested(JsonValue v, Predicate<String> name) {
        List<JsonValue> out = new ArrayList<>();
        collect(v, name, out);
        return out;
    }

    private static void collect(JsonValue v, Predicate<String> name, List<JsonValue> out) {
        if (v instanceof JsonObject o) {
            o.members().forEach((k, x) -> {
                if (name.test(k)) {
                    out.add(x);
                }
                collect(x, name, out);
            });
        } else if (v instanceof JsonArray a) {
            a.elements().forEach(x -> collect(x, name, out));
        }
    }

    /** The values a member holds: its elements if it is a list, otherwise itself. */
    static Stream<JsonValue> values(JsonValue v) {
        return v instanceof JsonArray a ? a.elements().stream() : Stream.of(v);
    }
}

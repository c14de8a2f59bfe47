package io.trazo.ledger.record;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads the members of one JSON object of a record, turning every shape error into a
 * {@link RecordException} that names the member by JSON pointer. Objects read this way are closed:
 * {@link #requireOnly} refuses members the protocol does not define.
 */
public final class Fields {

    /** RFC 3339 in UTC with exactly millisecond precision: one spelling per instant. */
    /** The length of {@code yyyy-MM-ddTHH:mm:ss.SSSZ}, the only time form {@link #TIME} admits. */
    private static final int UTC_MILLIS_LENGTH = 24;
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9]\\d{0,17})(\\.\\d{1,12})?");

    private final JsonObject object;
    private final String path;

    public Fields(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    public static Fields of(JsonValue value, String path) {
        if (!(value instanceof JsonObject o)) {
            throw new RecordException(ReasonCode.INVALID_FIELD, path, "expected a JSON object");
        }
        return new Fields(o, path);
    }

    public JsonObject object() {
        return object;
    }

    public String path() {
        return path;
    }

    public String pathOf(String name) {
        return path + "/" + name;
    }

    public void requireOnly(Set<String> allowed) {
        for (String name : object.members().keySet()) {
            if (!allowed.contains(name)) {
                throw new RecordException(ReasonCode.UNKNOWN_FIELD, pathOf(name),
                        "member \"" + name + "\" is not defined here; allowed: " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    public JsonValue value(String name) {
        return object.get(name).orElseThrow(() ->
                new RecordException(ReasonCode.MISSING_FIELD, pathOf(name), "required member is missing"));
    }

    public Optional<JsonValue> optional(String name) {
        return object.get(name);
    }

    public String string(String name) {
        JsonValue v = value(name);
        return v instanceof JsonString s ? s.value() : asString(v, pathOf(name));
    }

    public Optional<String> optionalString(String name) {
        return object.has(name) ? Optional.of(string(name)) : Optional.empty();
    }

    public long integer(String name) {
        JsonValue v = value(name);
        if (!(v instanceof JsonNumber n) || !n.integral()) {
            throw new RecordException(ReasonCode.INVALID_FIELD, pathOf(name), "expected an integer");
        }
        return n.value().longValueExact();
    }

    public Fields object(String name) {
        return of(value(name), pathOf(name));
    }

    public Optional<Fields> optionalObject(String name) {
        return object.get(name).map(v -> of(v, pathOf(name)));
    }

    public List<JsonValue> array(String name) {
        JsonValue v = value(name);
        return v instanceof JsonArray a ? a.elements() : asArray(v, pathOf(name));
    }

    public List<JsonValue> optionalArray(String name) {
        return object.has(name) ? array(name) : List.of();
    }

    public List<String> strings(String name, Pattern form, String description) {
        List<JsonValue> values = array(name);
        List<String> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String s = asString(values.get(i), pathOf(name) + "/" + i);
            requireForm(s, form, description, pathOf(name) + "/" + i);
            out.add(s);
        }
        return out;
    }

    public Instant time(String name) {
        return parseTime(string(name), () -> pathOf(name));
    }

    public Optional<Instant> optionalTime(String name) {
        return optionalString(name).map(s -> parseTime(s, pathOf(name)));
    }

    public Digest digest(String name) {
        String s = string(name);
        try {
            return Digest.fromHex(s);
        } catch (IllegalArgumentException e) {
            throw new RecordException(ReasonCode.INVALID_FIELD, pathOf(name), "expected 64 lower-case hex digits: " + e.getMessage());
        }
    }

    /** An exact decimal written as a JSON string, because signed content never holds binary floating point. */
    public String decimal(String name) {
        return string(name, DECIMAL, "an exact decimal string such as \"12.5\"");
    }

    public static String asString(JsonValue v, String path) {
        if (!(v instanceof JsonString s)) {
            throw new RecordException(ReasonCode.INVALID_FIELD, path, "expected a string");
        }
        return s.value();
    }

    public static List<JsonValue> asArray(JsonValue v, String path) {
        if (!(v instanceof JsonArray a)) {
            throw new RecordException(ReasonCode.INVALID_FIELD, path, "expected an array");
        }
        return a.elements();
    }

    public String string(String name, Pattern form, String description) {
        String s = string(name);
        if (!form.matcher(s).matches()) {
            throw formError(s, description, pathOf(name));
        }
        return s;
    }

    /** As {@link #string(String, Pattern, String)}, with the form decided by {@code form}. */
    public String string(String name, Predicate<String> form, String description) {
        String s = string(name);
        if (!form.test(s)) {
            throw formError(s, description, pathOf(name));
        }
        return s;
    }

    public static void requireForm(String s, Pattern form, String description, String path) {
        if (!form.matcher(s).matches()) {
            throw formError(s, description, path);
        }
    }

    private static RecordException formError(String s, String description, String path) {
        return new RecordException(ReasonCode.INVALID_FIELD, path, "expected " + description + ", got \"" + truncate(s) + "\"");
    }

    public static Instant parseTime(String s, String path) {
        return parseTime(s, () -> path);
    }

    /** Takes the path as a supplier because it is needed only to report a bad time. */
    private static Instant parseTime(String s, Supplier<String> path) {
        if (s.length() == UTC_MILLIS_LENGTH && s.charAt(UTC_MILLIS_LENGTH - 5) == '.') {
            Optional<Instant> plain = Rfc3339.plainInstant(s);
            if (plain.isPresent() && s.charAt(UTC_MILLIS_LENGTH - 1) == 'Z') {
                return plain.get();
            }
        }
        if (!TIME.matcher(s).matches()) {
            throw new RecordException(ReasonCode.INVALID_FIELD, path.get(),
                    "expected UTC time as YYYY-MM-DDThh:mm:ss.sssZ, got \"" + truncate(s) + "\"");
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new RecordException(ReasonCode.INVALID_FIELD, path.get(), "not a real instant: \"" + s + "\"");
        }
    }

    public static boolean isDecimal(String s) {
        return DECIMAL.matcher(s).matches();
    }

    static String truncate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}

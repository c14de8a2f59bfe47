package io.trazo.ledger.encoding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds JSON values from Java literals: strings, integers, booleans, lists and JSON values. */
public final class Json {

    private Json() {}

    /** An object from alternating names and values; a {@code null} value leaves the member out. */
    public static JsonObject obj(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must pair up");
        }
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                members.put((String) namesAndValues[i], of(namesAndValues[i + 1]));
            }
        }
        return new JsonObject(members);
    }

    public static JsonArray arr(Object... values) {
        List<JsonValue> elements = new ArrayList<>();
        for (Object v : values) {
            elements.add(of(v));
        }
        return new JsonArray(elements);
    }

    public static JsonValue of(Object value) {
        if (value instanceof JsonValue v) {
            return v;
        } else if (value instanceof String s) {
            return new JsonString(s);
        } else if (value instanceof Integer || value instanceof Long) {
            return JsonNumber.of(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            return JsonBoolean.of(b);
        } else if (value instanceof List<?> list) {
            return arr(list.toArray());
        } else if (value == null) {
            return JsonNull.INSTANCE;
        }
        throw new IllegalArgumentException("no JSON form for " + value.getClass().getName()
                + " (floating point is never written: use a decimal string)");
    }
}

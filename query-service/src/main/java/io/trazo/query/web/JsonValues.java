package io.trazo.query.web;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonBoolean;
import io.trazo.ledger.encoding.JsonNull;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Signed JSON handed to Jackson as plain maps and lists, for display; proofs use the wire bytes instead. */
public final class JsonValues {

    private JsonValues() {}

    public static Object plain(JsonValue value) {
        if (value instanceof JsonObject o) {
            Map<String, Object> out = new LinkedHashMap<>();
            o.members().forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        if (value instanceof JsonArray a) {
            List<Object> out = new ArrayList<>();
            a.elements().forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value instanceof JsonString s) {
            return s.value();
        }
        if (value instanceof JsonNumber n) {
            return n.value();
        }
        if (value instanceof JsonBoolean b) {
            return b.value();
        }
        if (value instanceof JsonNull) {
            return null;
        }
        throw new IllegalArgumentException(value.getClass().getName());
    }
}

package io.trazo.ledger.encoding;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A deliberately naive, spec-literal RFC 8785 writer used only to cross-check {@link Jcs}: a
 * StringBuilder, a TreeMap for §3.2.3 ordering and the JDK's UTF-8 encoder at the end.
 */
final class ReferenceJcs {

    private ReferenceJcs() {}

    static byte[] canonicalize(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonValue value, StringBuilder out) {
        if (value instanceof JsonObject object) {
            out.append('{');
            String separator = "";
            for (Map.Entry<String, JsonValue> member : new TreeMap<>(object.members()).entrySet()) {
                out.append(separator);
                string(member.getKey(), out);
                out.append(':');
                write(member.getValue(), out);
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof JsonArray array) {
            out.append('[');
            String separator = "";
            for (JsonValue element : array.elements()) {
                out.append(separator);
                write(element, out);
                separator = ",";
            }
            out.append(']');
        } else if (value instanceof JsonString string) {
            string(string.value(), out);
        } else if (value instanceof JsonNumber number) {
            out.append(Jcs.formatDouble(number.value().doubleValue()));
        } else if (value instanceof JsonBoolean bool) {
            out.append(bool.value());
        } else {
            out.append("null");
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        out.append('"');
    }
}

package io.trazo.ledger.encoding;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * RFC 8785 JSON Canonicalization Scheme: the one function that turns a {@link JsonValue} into the
 * bytes that are hashed and signed.
 *
 * <p>Contract: equal JSON data (same members regardless of order, same string code points, same
 * numeric values as binary64) yields identical bytes; the output is UTF-8 without insignificant
 * whitespace (RFC 8785 §3.2.1) and is itself I-JSON that {@link StrictJson} accepts. Input
 * produced by {@link StrictJson} never fails; values built by hand can fail only with a
 * {@link JsonFormatException} of reason {@code LONE_SURROGATE} or {@code NUMBER_OUT_OF_RANGE},
 * whose {@link JsonFormatException#path()} points at the offending value.
 */
public final class Jcs {

    private static final int RECORD_SIZE_HINT = 2048;
    private static final int MAX_SAFE_INTEGER_DIGITS = 16;

    private Jcs() {}

    /** Canonical UTF-8 bytes of {@code value} (RFC 8785 §3.2). */
    public static byte[] canonicalize(JsonValue value) {
        CanonicalBuffer buffer = new CanonicalBuffer(RECORD_SIZE_HINT);
        writeValue(value, buffer);
        return buffer.toByteArray();
    }

    /**
     * {@code canonicalize(object.without(excluded))}, without copying the object's members to drop one:
     * the hash of every record is taken over its object without {@code sigs}.
     */
    public static byte[] canonicalizeWithout(JsonObject object, String excluded) {
        CanonicalBuffer buffer = new CanonicalBuffer(RECORD_SIZE_HINT);
        writeObject(object.members(), excluded, buffer);
        return buffer.toByteArray();
    }

    /**
     * Appends the canonical bytes of {@code value} to {@code out}; nothing is appended when it
     * throws.
     */
    public static void write(JsonValue value, ByteArrayOutputStream out) {
        CanonicalBuffer buffer = new CanonicalBuffer(RECORD_SIZE_HINT);
        writeValue(value, buffer);
        out.write(buffer.array(), 0, buffer.size());
    }

    /**
     * The RFC 8785 §3.2.2.3 spelling of a number: ECMAScript {@code Number.prototype.toString},
     * which is the shortest decimal that reads back as {@code value}, with {@code -0} written as
     * {@code 0}.
     *
     * @throws IllegalArgumentException for NaN and the infinities, which RFC 8785 forbids
     */
    public static String formatDouble(double value) {
        return Es6NumberFormat.format(value);
    }

    private static void writeValue(JsonValue value, CanonicalBuffer out) {
        if (value instanceof JsonObject object) {
            writeObject(object.members(), out);
        } else if (value instanceof JsonArray array) {
            writeArray(array.elements(), out);
        } else if (value instanceof JsonString string) {
            out.appendString(string.value());
        } else if (value instanceof JsonNumber number) {
            writeNumber(number, out);
        } else if (value instanceof JsonBoolean bool) {
            out.appendAscii(bool.value() ? "true" : "false");
        } else {
            out.appendAscii("null");
        }
    }

    /** Members sorted by the UTF-16 code units of their names, which is what String order is (§3.2.3). */
    private static void writeObject(Map<String, JsonValue> members, CanonicalBuffer out) {
        writeObject(members, null, out);
    }

    /**
     * @param excluded a member name to leave out, or null. Names are sorted and their values looked up:
     *     sorting entries made the unmodifiable map wrap every entry in a new object first.
     */
    private static void writeObject(Map<String, JsonValue> members, String excluded, CanonicalBuffer out) {
        InOrder writer = new InOrder(excluded, out);
        out.append((byte) '{');
        if (inOrder(members)) {
            members.forEach(writer);
        } else {
            String[] sorted = members.keySet().toArray(new String[0]);
            Arrays.sort(sorted);
            for (String name : sorted) {
                writer.accept(name, members.get(name));
            }
        }
        out.append((byte) '}');
    }

    /**
     * Whether the names already come in §3.2.3 order, as in every object parsed from canonical bytes
     * (which is how records arrive): such an object is written in its own order, without copying the
     * names into an array, sorting them and looking each value up again.
     */
    private static boolean inOrder(Map<String, JsonValue> members) {
        String previous = null;
        for (String name : members.keySet()) {
            if (previous != null && previous.compareTo(name) >= 0) {
                return false;
            }
            previous = name;
        }
        return true;
    }

    /** Writes members handed over in order (a map's own forEach visits them without wrapping entries), skipping the excluded one. */
    private static final class InOrder implements BiConsumer<String, JsonValue> {
        private final String excluded;
        private final CanonicalBuffer out;
        private boolean first = true;

        InOrder(String excluded, CanonicalBuffer out) {
            this.excluded = excluded;
            this.out = out;
        }

        @Override
        public void accept(String name, JsonValue value) {
            if (name.equals(excluded)) {
                return;
            }
            if (!first) {
                out.append((byte) ',');
            }
            first = false;
            try {
                out.appendString(name);
                out.append((byte) ':');
                writeValue(value, out);
            } catch (JsonFormatException e) {
                throw e.under("/" + StrictJson.escapePointer(name));
            }
        }
    }

    private static void writeArray(List<JsonValue> elements, CanonicalBuffer out) {
        out.append((byte) '[');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append((byte) ',');
            }
            try {
                writeValue(elements.get(i), out);
            } catch (JsonFormatException e) {
                throw e.under("/" + i);
            }
        }
        out.append((byte) ']');
    }

    static void writeNumber(JsonNumber number, CanonicalBuffer out) {
        BigDecimal value = number.value();
        if (number.integral() && value.scale() == 0 && value.precision() <= MAX_SAFE_INTEGER_DIGITS) {
            long integer = value.longValue();
            if (Math.abs(integer) <= JsonNumber.MAX_SAFE_INTEGER) {
                out.appendLong(integer);
                return;
            }
        }
        Optional<ShortestDecimal> shortest = ShortestDecimal.ofExact(value);
        if (shortest.isPresent()) {
            out.appendAscii(Es6NumberFormat.format(shortest.get()));
            return;
        }
        double binary64 = value.doubleValue();
        if (!Double.isFinite(binary64)) {
            throw new JsonFormatException(JsonFormatException.Reason.NUMBER_OUT_OF_RANGE, "",
                    "number " + value + " overflows IEEE-754 binary64");
        }
        out.appendAscii(Es6NumberFormat.format(binary64));
    }
}

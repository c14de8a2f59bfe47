package io.trazo.ledger.encoding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads untrusted bytes as I-JSON (RFC 7493) and nothing more permissive.
 *
 * <p>Jackson does the tokenising; on top of it this class refuses what RFC 8259 tolerates but a
 * signed ledger must not: a byte order mark, invalid or overlong UTF-8, duplicate member names
 * (RFC 7493 §2.3), unpaired surrogates whether raw or escaped (§2.1), integers outside
 * ±(2<sup>53</sup>−1) (§2.2), including fractions and exponent forms that are such an integer as
 * binary64, numbers that overflow binary64, trailing data, and input past the configured size and
 * nesting limits. What it accepts, {@link Jcs#canonicalize} turns into bytes it accepts again. Each refusal is a {@link JsonFormatException} with its own
 * {@link JsonFormatException.Reason}.
 */
public final class StrictJson {

    /** Size and nesting limits; the defaults suit one signed record. */
    public record Limits(int maxBytes, int maxDepth) {
        public static final Limits RECORD = new Limits(64 * 1024, 32);

        public Limits {
            if (maxBytes <= 0 || maxDepth <= 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    /**
     * Digits of the largest safe integer, 9007199254740991. A longer integer literal is unsafe whatever
     * its digits, so it is refused at its own pointer before any BigDecimal is built from it.
     */
    private static final int SAFE_INTEGER_DIGITS = 16;
    private static final BigDecimal MAX_DOUBLE = new BigDecimal(Double.MAX_VALUE);
    /** ECMAScript Number::toString switches to exponent form from here on. */
    private static final double PLAIN_DIGITS_LIMIT = 1e21;

    private final Limits limits;
    private final JsonFactory factory;

    public StrictJson(Limits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        // one more than ours, so that read() sees the container that is too deep and names its pointer
                        .maxNestingDepth(limits.maxDepth() + 1)
                        // numbers are judged by value at their own pointer (UNSAFE_INTEGER, NUMBER_OUT_OF_RANGE),
                        // never refused by length at the root; the document size still bounds them
                        .maxNumberLength(limits.maxBytes())
                        .maxStringLength(limits.maxBytes())
                        .build())
                .build();
    }

    public static JsonValue parseRecord(byte[] utf8) {
        return RECORD_PARSER.parse(utf8);
    }

    private static final StrictJson RECORD_PARSER = new StrictJson(Limits.RECORD);

    public Limits limits() {
        return limits;
    }

    public JsonValue parse(byte[] utf8) {
        PlainJsonReader.Read plain = PlainJsonReader.read(utf8, limits);
        return plain != null ? plain.value : parseTokens(utf8);
    }

    /** A record {@link PlainJsonReader} gave up on, read without trying it again. */
    static JsonValue parseRecordTokens(byte[] utf8) {
        return RECORD_PARSER.parseTokens(utf8);
    }

    /** {@link #parse} with Jackson's tokeniser, for whatever the plain reader is not sure about. */
    JsonValue parseTokens(byte[] utf8) {
        if (utf8.length > limits.maxBytes()) {
            throw new JsonFormatException(JsonFormatException.Reason.TOO_LARGE, "",
                    "document is " + utf8.length + " bytes, limit is " + limits.maxBytes());
        }
        if (InputBytes.isAscii(utf8)) {
            // ASCII is well-formed UTF-8 and has no byte order mark, so Jackson may read its bytes as they are;
            // without a backslash no string can hold a surrogate, so no string is scanned for a lone one
            boolean escapes = InputBytes.hasBackslash(utf8);
            try {
                return parse(() -> factory.createParser(ObjectReadContext.empty(), utf8), escapes);
            } catch (JsonFormatException e) {
                if (!(e.getCause() instanceof JacksonException)) {
                    throw e;
                }
                // Jackson's byte reader words some refusals differently, and calls an escaped lone surrogate in a
                // member name malformed: the char reader's verdict is the one documented, so a refusal is re-read
            }
        }
        return parseDecoded(utf8);
    }

    /** {@link #parse}'s general path, which decodes to chars first; package-private so tests can hold the fast path to it. */
    JsonValue parseDecoded(byte[] utf8) {
        char[] text = InputBytes.decodeUtf8(utf8);
        if (text.length > 0 && text[0] == '\uFEFF') {
            throw new JsonFormatException(JsonFormatException.Reason.MALFORMED, "", "byte order mark is not allowed");
        }
        return parse(() -> factory.createParser(ObjectReadContext.empty(), text), true);
    }

    /** @param surrogates whether a string may hold a surrogate, and so must be scanned for a lone one */
    private JsonValue parse(java.util.function.Supplier<JsonParser> open, boolean surrogates) {
        boolean rootRead = false;
        try (JsonParser parser = open.get()) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonFormatException(JsonFormatException.Reason.MALFORMED, "", "no JSON value");
            }
            JsonValue root = read(parser, first, Pointer.ROOT, 1, surrogates);
            rootRead = true;
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw new JsonFormatException(JsonFormatException.Reason.TRAILING_DATA, "",
                        "data after the top-level value: " + extra);
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new JsonFormatException(e.getMessage().contains("depth") ? JsonFormatException.Reason.TOO_DEEP
                    : JsonFormatException.Reason.TOO_LARGE, "", e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            throw new JsonFormatException(rootRead ? JsonFormatException.Reason.TRAILING_DATA
                    : JsonFormatException.Reason.MALFORMED, "", e.getOriginalMessage() + " " + location(e), e);
        }
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? ""
                : "(line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** @param depth how many containers hold this value, itself included if it is one: the root object is at 1 */
    private JsonValue read(JsonParser parser, JsonToken token, Pointer path, int depth, boolean surrogates) {
        if (depth > limits.maxDepth() && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            throw new JsonFormatException(JsonFormatException.Reason.TOO_DEEP, path.toString(),
                    "container nested " + depth + " deep, limit is " + limits.maxDepth());
        }
        switch (token) {
            case START_OBJECT: {
                JsonObject.ParsedMembers members = new JsonObject.ParsedMembers();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    Pointer memberPath = path.member(name);
                    if (surrogates) {
                        requireNoLoneSurrogate(name, memberPath);
                    }
                    JsonValue value = read(parser, parser.nextToken(), memberPath, depth + 1, surrogates);
                    if (members.putIfAbsent(name, value) != null) {
                        throw new JsonFormatException(JsonFormatException.Reason.DUPLICATE_KEY, memberPath.toString(),
                                "member name \"" + name + "\" appears more than once");
                    }
                }
                return new JsonObject(members);
            }
            case START_ARRAY: {
                List<JsonValue> elements = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    elements.add(read(parser, t, path.element(elements.size()), depth + 1, surrogates));
                }
                return new JsonArray(elements);
            }
            case VALUE_STRING: {
                String value = parser.getString();
                if (surrogates) {
                    requireNoLoneSurrogate(value, path);
                }
                return new JsonString(value);
            }
            case VALUE_NUMBER_INT:
                if (parser.getStringLength() - (parser.getStringCharacters()[parser.getStringOffset()] == '-' ? 1 : 0)
                        > SAFE_INTEGER_DIGITS) {
                    throw new JsonFormatException(JsonFormatException.Reason.UNSAFE_INTEGER, path.toString(),
                            "integer of " + parser.getStringLength() + " characters is outside ±" + JsonNumber.MAX_SAFE_INTEGER);
                }
                // at most 16 digits: a long holds it exactly, and BigDecimal.valueOf gives the scale 0 that parsing the text gives
                return integer(BigDecimal.valueOf(parser.getLongValue()), path);
            case VALUE_NUMBER_FLOAT:
                return fraction(decimal(parser, path), path);
            case VALUE_TRUE:
                return JsonBoolean.TRUE;
            case VALUE_FALSE:
                return JsonBoolean.FALSE;
            case VALUE_NULL:
                return JsonNull.INSTANCE;
            default:
                throw new JsonFormatException(JsonFormatException.Reason.MALFORMED, path.toString(), "unexpected token " + token);
        }
    }

    /**
     * Jackson lets {@link NumberFormatException} escape when an exponent does not fit BigDecimal's
     * 32-bit scale (for example {@code 1e9999999999}); such a number is out of range, not a crash.
     */
    private static BigDecimal decimal(JsonParser parser, Pointer path) {
        try {
            return parser.getDecimalValue();
        } catch (NumberFormatException e) {
            throw new JsonFormatException(JsonFormatException.Reason.NUMBER_OUT_OF_RANGE, path.toString(),
                    "number " + parser.getString() + " has an exponent beyond any representable scale", e);
        }
    }

    private static JsonNumber integer(BigDecimal value, Pointer path) {
        JsonNumber number = new JsonNumber(value, true);
        if (!number.isSafeInteger()) {
            throw new JsonFormatException(JsonFormatException.Reason.UNSAFE_INTEGER, path.toString(),
                    "integer " + value.toPlainString() + " is outside ±" + JsonNumber.MAX_SAFE_INTEGER);
        }
        return number;
    }

    /**
     * Besides overflow, refuses a fraction or exponent form whose binary64 value lies in
     * (2<sup>53</sup>−1, 10<sup>21</sup>): RFC 8785 §3.2.2.3 writes such a value as plain integer
     * digits, which this parser would then refuse as an unsafe integer. Without this rule,
     * {@code 1e20} would be accepted but its canonical form {@code 100000000000000000000} would
     * not, and accepted input must stay accepted after canonicalisation.
     */
    private static JsonNumber fraction(BigDecimal value, Pointer path) {
        if (value.abs().compareTo(MAX_DOUBLE) > 0) {
            throw new JsonFormatException(JsonFormatException.Reason.NUMBER_OUT_OF_RANGE, path.toString(),
                    "number " + value + " overflows IEEE-754 binary64");
        }
        double magnitude = Math.abs(value.doubleValue());
        if (magnitude > JsonNumber.MAX_SAFE_INTEGER && magnitude < PLAIN_DIGITS_LIMIT) {
            throw new JsonFormatException(JsonFormatException.Reason.UNSAFE_INTEGER, path.toString(),
                    "number " + value + " is the integer " + Jcs.formatDouble(magnitude)
                            + " as binary64, outside ±" + JsonNumber.MAX_SAFE_INTEGER);
        }
        return new JsonNumber(value, false);
    }

    private static void requireNoLoneSurrogate(String s, Pointer path) {
        int at = firstLoneSurrogate(s);
        if (at >= 0) {
            throw new JsonFormatException(JsonFormatException.Reason.LONE_SURROGATE, path.toString(),
                    String.format("unpaired surrogate U+%04X at character %d", (int) s.charAt(at), at));
        }
    }

    /** The index of the first unpaired surrogate in {@code s}, or -1. */
    private static int firstLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The RFC 6901 pointer of the value being read, turned into a string only when an error
     * reports it: building one string per member and element was a visible share of parsing.
     */
    private record Pointer(Pointer parent, String name, int index) {
        static final Pointer ROOT = new Pointer(null, null, -1);

        Pointer member(String memberName) {
            return new Pointer(this, memberName, -1);
        }

        Pointer element(int elementIndex) {
            return new Pointer(this, null, elementIndex);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            return parent + "/" + (name != null ? escapePointer(name) : Integer.toString(index));
        }
    }

    /** RFC 6901 §3 escaping of one reference token. */
    static String escapePointer(String name) {
        return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
    }
}

package io.trazo.ledger.encoding;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the JSON that records almost always are (ASCII without a backslash, integers and short plain
 * decimals) straight from the bytes, and notes on the way whether they are already their RFC 8785 form.
 *
 * <p>It only ever accepts: anything it is not sure about (an escape, an exponent, a long number, a
 * duplicate name, a limit, any syntax error) makes it give up, and {@link StrictJson}'s general path
 * then reads the bytes and gives its documented verdict. What it accepts is exactly the value that
 * path would give. Records spent more time in Jackson's tokeniser, name table and our tree building
 * on top of it than in reading the bytes, and JCS-writing the record again only to compare it with
 * the bytes received was another quarter of parsing.
 */
final class PlainJsonReader {

    /** Giving up is an expected outcome on unusual input, so it carries no stack trace. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();
    /** Integer literals the general path turns into a long: longer ones it refuses or reads otherwise. */
    private static final int SAFE_INTEGER_DIGITS = 16;
    /** Digits of a decimal that is certainly within ±(2^53−1) and binary64's range, so no rule of StrictJson refuses it. */
    private static final int PLAIN_DECIMAL_DIGITS = 15;
    /** Zeros after the point of 0.000001, the smallest magnitude JCS writes without an exponent (ECMA-262 Number::toString). */
    private static final int SMALLEST_PLAIN_ZEROS = 5;

    private final byte[] in;
    private final int maxDepth;
    private int pos;
    private boolean canonical = true;
    /** Where each member of the root object begins (its opening quote) and ends (after its value). */
    private int[] rootStarts = new int[8];
    private int[] rootEnds = new int[8];
    private int rootMembers;

    private PlainJsonReader(byte[] in, int maxDepth) {
        this.in = in;
        this.maxDepth = maxDepth;
    }

    /**
     * What was read; whether the bytes were its JCS form; and, for a root object, where each member's
     * text begins (its name's opening quote) and ends (after its value), in member order.
     */
    static final class Read {
        final JsonValue value;
        final boolean canonical;
        final int[] rootStarts;
        final int[] rootEnds;

        Read(JsonValue value, boolean canonical, int[] rootStarts, int[] rootEnds) {
            this.value = value;
            this.canonical = canonical;
            this.rootStarts = rootStarts;
            this.rootEnds = rootEnds;
        }
    }

    /** @return the value, or null when the general path must decide */
    static Read read(byte[] utf8, StrictJson.Limits limits) {
        if (utf8.length == 0 || utf8.length > limits.maxBytes() || (utf8[0] != '{' && utf8[0] != '[')) {
            return null;
        }
        PlainJsonReader reader = new PlainJsonReader(utf8, limits.maxDepth());
        try {
            JsonValue value = reader.value(1, true);
            reader.whitespace();
            if (reader.pos != utf8.length) {
                return null;
            }
            return new Read(value, reader.canonical, Arrays.copyOf(reader.rootStarts, reader.rootMembers),
                    Arrays.copyOf(reader.rootEnds, reader.rootMembers));
        } catch (GiveUp | ArrayIndexOutOfBoundsException e) {
            // input that ends early runs off the array: a syntax error, which the general path words
            return null;
        }
    }

    private JsonValue value(int depth, boolean root) {
        byte b = in[pos];
        switch (b) {
            case '{':
                return object(depth, root);
            case '[':
                return array(depth);
            case '"':
                int start = string();
                return new JsonString(new String(in, start, pos - 1 - start, StandardCharsets.ISO_8859_1));
            case 't':
                literal("true");
                return JsonBoolean.TRUE;
            case 'f':
                literal("false");
                return JsonBoolean.FALSE;
            case 'n':
                literal("null");
                return JsonNull.INSTANCE;
            default:
                if (b == '-' || (b >= '0' && b <= '9')) {
                    return number();
                }
                throw GIVE_UP;
        }
    }

    private JsonObject object(int depth, boolean root) {
        if (depth > maxDepth) {
            throw GIVE_UP;
        }
        pos++;
        FewMembers few = new FewMembers();
        JsonObject.ParsedMembers many = null;
        whitespace();
        if (in[pos] == '}') {
            pos++;
            return new JsonObject(few);
        }
        String previous = null;
        while (true) {
            whitespace();
            int start = pos;
            if (in[pos] != '"') {
                throw GIVE_UP;
            }
            String name = MemberNames.of(in, string(), pos - 1);
            whitespace();
            expect(':');
            whitespace();
            JsonValue value = value(depth + 1, false);
            if (many == null && few.full()) {
                many = new JsonObject.ParsedMembers();
                many.putAll(few);
            }
            if (many != null ? many.putIfAbsent(name, value) != null : !few.add(name, value)) {
                throw GIVE_UP;
            }
            // RFC 8785 §3.2.3 orders names by UTF-16 code units, which for ASCII is the order of the bytes
            if (previous != null && previous.compareTo(name) > 0) {
                canonical = false;
            }
            previous = name;
            if (root) {
                rootMember(start, pos);
            }
            whitespace();
            byte next = in[pos++];
            if (next == '}') {
                return new JsonObject(many != null ? many : few);
            }
            if (next != ',') {
                throw GIVE_UP;
            }
        }
    }

    private void rootMember(int start, int end) {
        if (rootMembers == rootStarts.length) {
            rootStarts = Arrays.copyOf(rootStarts, 2 * rootMembers);
            rootEnds = Arrays.copyOf(rootEnds, 2 * rootMembers);
        }
        rootStarts[rootMembers] = start;
        rootEnds[rootMembers++] = end;
    }

    private JsonArray array(int depth) {
        if (depth > maxDepth) {
            throw GIVE_UP;
        }
        pos++;
        List<JsonValue> elements = new ArrayList<>();
        whitespace();
        if (in[pos] == ']') {
            pos++;
            return new JsonArray(elements);
        }
        while (true) {
            whitespace();
            elements.add(value(depth + 1, false));
            whitespace();
            byte next = in[pos++];
            if (next == ']') {
                return new JsonArray(elements);
            }
            if (next != ',') {
                throw GIVE_UP;
            }
        }
    }

    /** Passes a string without escapes, whose ASCII bytes are its chars and its JCS form. @return where they start */
    private int string() {
        int start = ++pos;
        pos = InputBytes.plainRun(in, start);
        if (in[pos++] != '"') {
            throw GIVE_UP; // an escape, a control or a byte that is not ASCII
        }
        return start;
    }

    private JsonNumber number() {
        int start = pos;
        boolean negative = in[pos] == '-';
        if (negative) {
            pos++;
        }
        int intStart = pos;
        if (in[pos] == '0') {
            pos++;
        } else {
            digits();
        }
        int intDigits = pos - intStart;
        byte next = pos < in.length ? in[pos] : 0;
        if (next == 'e' || next == 'E') {
            throw GIVE_UP;
        }
        if (next != '.') {
            if (intDigits > SAFE_INTEGER_DIGITS) {
                throw GIVE_UP;
            }
            long value = 0;
            for (int i = intStart; i < pos; i++) {
                value = 10 * value + (in[i] - '0');
            }
            value = negative ? -value : value;
            // BigDecimal.valueOf gives the scale 0 the general path's long gives
            JsonNumber number = new JsonNumber(BigDecimal.valueOf(value), true);
            if (!number.isSafeInteger()) {
                throw GIVE_UP;
            }
            if (negative && value == 0) {
                canonical = false; // JCS writes -0 as 0
            }
            return number;
        }
        pos++;
        int fractionStart = pos;
        digits();
        if (pos < in.length && (in[pos] == 'e' || in[pos] == 'E') || intDigits + pos - fractionStart > PLAIN_DECIMAL_DIGITS) {
            throw GIVE_UP;
        }
        long unscaled = 0;
        for (int i = intStart; i < pos; i++) {
            unscaled = in[i] == '.' ? unscaled : 10 * unscaled + (in[i] - '0');
        }
        JsonNumber number = new JsonNumber(BigDecimal.valueOf(negative ? -unscaled : unscaled, pos - fractionStart), false);
        if (canonical) {
            // of at most 15 digits, RFC 8785 writes the decimal's own digits (ShortestDecimal) in place, unless
            // below 10^-6 (with an exponent): the text is its JCS form unless it ends in a zero or is that small
            int zeros = 0;
            while (fractionStart + zeros < pos - 1 && in[fractionStart + zeros] == '0') {
                zeros++;
            }
            canonical = in[pos - 1] != '0' && (in[intStart] != '0' || zeros <= SMALLEST_PLAIN_ZEROS);
        }
        return number;
    }

    /** One or more digits, the first not zero unless alone (RFC 8259 §6 has no leading zeros). */
    private void digits() {
        int start = pos;
        while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
            pos++;
        }
        if (pos == start) {
            throw GIVE_UP;
        }
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (in[pos + i] != word.charAt(i)) {
                throw GIVE_UP;
            }
        }
        pos += word.length();
    }

    private void expect(char c) {
        if (in[pos++] != c) {
            throw GIVE_UP;
        }
    }

    /** RFC 8259's four whitespace bytes; any of them makes the bytes other than their JCS form. */
    private void whitespace() {
        while (pos < in.length) {
            byte b = in[pos];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return;
            }
            canonical = false;
            pos++;
        }
    }
}

package io.trazo.ledger.encoding;

import java.util.Arrays;

/**
 * A growable byte array that knows how to append RFC 8785 string literals. It exists instead of
 * {@link java.io.ByteArrayOutputStream} because that class synchronises every single-byte write,
 * which dominates the cost of canonicalising a small record.
 */
final class CanonicalBuffer {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** For each ASCII char: 0 to copy it raw, 'u' for a six-character escape, else the short escape letter. */
    private static final byte[] ESCAPE = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPE[c] = 'u';
        }
        ESCAPE['\b'] = 'b';
        ESCAPE['\t'] = 't';
        ESCAPE['\n'] = 'n';
        ESCAPE['\f'] = 'f';
        ESCAPE['\r'] = 'r';
        ESCAPE['"'] = '"';
        ESCAPE['\\'] = '\\';
    }

    private byte[] bytes;
    private int size;

    CanonicalBuffer(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    void append(byte b) {
        reserve(1);
        bytes[size++] = b;
    }

    void appendAscii(String ascii) {
        int n = ascii.length();
        reserve(n);
        for (int i = 0; i < n; i++) {
            bytes[size++] = (byte) ascii.charAt(i);
        }
    }

    void appendLong(long value) {
        reserve(20);
        if (value < 0) {
            bytes[size++] = '-';
        } else {
            value = -value;
        }
        // Digits are produced from the negative side so that Long.MIN_VALUE needs no special case.
        int digits = 1;
        for (long v = value / 10; v != 0; v /= 10) {
            digits++;
        }
        int end = size + digits;
        for (int i = end - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' - value % 10);
            value /= 10;
        }
        size = end;
    }

    /**
     * Appends {@code s} as a quoted string per RFC 8785 §3.2.2.2: the two mandatory escapes, the five
     * short control escapes, <code>&#92;u00xx</code> in lower-case hex for the other C0 controls, and every
     * other code point as raw UTF-8 without normalisation.
     *
     * @throws JsonFormatException LONE_SURROGATE with an empty path when {@code s} holds an unpaired
     *     surrogate, which has no UTF-8 encoding
     */
    @SuppressWarnings("deprecation")
    void appendString(String s) {
        int n = s.length();
        // Three bytes per char covers everything except six-byte escapes, which re-reserve below.
        reserve(3 * n + 2);
        byte[] b = bytes;
        int pos = size;
        b[pos++] = '"';
        int plain = plainPrefix(s);
        // chars below 0x80 are their own UTF-8 bytes, which this deprecated overload copies in bulk (the
        // char-by-char loop was the largest part of canonicalising a record, whose strings are nearly all plain)
        s.getBytes(0, plain, b, pos);
        pos += plain;
        for (int i = plain; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                byte escape = ESCAPE[c];
                if (escape == 0) {
                    b[pos++] = (byte) c;
                } else if (escape != 'u') {
                    b[pos++] = '\\';
                    b[pos++] = escape;
                } else {
                    size = pos;
                    reserve(3 * (n - i) + 8);
                    b = bytes;
                    b[pos++] = '\\';
                    b[pos++] = 'u';
                    b[pos++] = '0';
                    b[pos++] = '0';
                    b[pos++] = HEX[c >> 4];
                    b[pos++] = HEX[c & 0xF];
                }
            } else if (c < 0x800) {
                b[pos++] = (byte) (0xC0 | c >> 6);
                b[pos++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[pos++] = (byte) (0xE0 | c >> 12);
                b[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[pos++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[pos++] = (byte) (0xF0 | cp >> 18);
                b[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[pos++] = (byte) (0x80 | cp & 0x3F);
            } else {
                throw new JsonFormatException(JsonFormatException.Reason.LONE_SURROGATE, "",
                        String.format("unpaired surrogate U+%04X at character %d", (int) c, i));
            }
        }
        b[pos++] = '"';
        size = pos;
    }

    /** The length of the longest beginning of {@code s} whose chars are ASCII and need no escape. */
    static int plainPrefix(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
                break;
            }
            i++;
        }
        return i;
    }

    private void reserve(int extra) {
        int needed = size + extra;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
        }
    }
}

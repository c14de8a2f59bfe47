package io.trazo.ledger.encoding;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What {@link StrictJson} learns from the raw bytes before tokenising: whether they are ASCII (then
 * Jackson reads them as they are), whether they hold a backslash (without one, no string can hold a
 * surrogate), and otherwise their strict UTF-8 decoding. Records are about 2 kB and almost always
 * ASCII without escapes, so the scans read eight bytes per step.
 */
final class InputBytes {

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long CONTROLS = 0x2020202020202020L;

    private InputBytes() {}

    /** Whether every byte is below 0x80. */
    static boolean isAscii(byte[] utf8) {
        int i = 0;
        long high = 0;
        for (int end = utf8.length - Long.BYTES; i <= end; i += Long.BYTES) {
            high |= (long) WORDS.get(utf8, i);
        }
        for (; i < utf8.length; i++) {
            high |= utf8[i];
        }
        return (high & HIGH_BITS) == 0;
    }

    /** Whether any byte is {@code \}, the only way ASCII JSON can spell a surrogate. */
    static boolean hasBackslash(byte[] utf8) {
        int i = 0;
        for (int end = utf8.length - Long.BYTES; i <= end; i += Long.BYTES) {
            // a byte of the XOR is zero exactly where the word holds a backslash; the test below is
            // exact for "some byte is zero" (it can misreport which one, which is never asked)
            long v = (long) WORDS.get(utf8, i) ^ BACKSLASHES;
            if (((v - LOW_BITS) & ~v & HIGH_BITS) != 0) {
                return true;
            }
        }
        for (; i < utf8.length; i++) {
            if (utf8[i] == '\\') {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the first byte from {@code from} on that is a quote, a backslash, a control or not
     * ASCII, or {@code utf8.length}: where a string without escapes could end. Nearly all of a record's
     * bytes are inside such strings, so they are passed over eight at a time.
     */
    static int plainRun(byte[] utf8, int from) {
        int i = from;
        for (int end = utf8.length - Long.BYTES; i <= end; i += Long.BYTES) {
            long v = (long) WORDS.get(utf8, i);
            long quotes = v ^ QUOTES;
            long backslashes = v ^ BACKSLASHES;
            // each term has a byte's high bit set where that byte is below 0x20, a quote, a backslash or
            // itself has it set (exact for "some byte is", as in hasBackslash)
            long special = ((v - CONTROLS) & ~v) | ((quotes - LOW_BITS) & ~quotes) | ((backslashes - LOW_BITS) & ~backslashes) | v;
            if ((special & HIGH_BITS) != 0) {
                break;
            }
        }
        for (; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b < 0x20 || b == '"' || b == '\\') {
                return i;
            }
        }
        return i;
    }

    /** Strict UTF-8 decoding: malformed, overlong or surrogate-encoding input is INVALID_UTF8. */
    static char[] decodeUtf8(byte[] utf8) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(utf8));
            char[] out = new char[chars.remaining()];
            chars.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new JsonFormatException(JsonFormatException.Reason.INVALID_UTF8, "",
                    "input is not well-formed UTF-8 (" + e.getMessage() + ")", e);
        }
    }
}

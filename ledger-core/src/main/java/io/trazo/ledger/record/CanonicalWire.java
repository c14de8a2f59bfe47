package io.trazo.ledger.record;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decides whether wire bytes are already the JCS form of the whole record (RFC 8785) without
 * canonicalising the record a second time.
 *
 * <p>JCS sorts the envelope's members as actor, body, counterparty, links, sigs, time, type, v, and
 * {@code time}, {@code type} and {@code v} are mandatory with a string, a string and a number. So
 * JCS(record) is JCS(unsigned) with {@code "sigs":} JCS(sigs) {@code ,} inserted before the
 * top-level {@code "time":"}. That member is the last occurrence of {@code ,"time":"}: JCS escapes
 * every quote inside a string as {@code \"}, so the text only appears as member syntax, and what
 * follows the top-level time (its value, type, v) cannot contain a member.
 */
final class CanonicalWire {

    private static final byte[] TIME = ",\"time\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SIGS = "\"sigs\":".getBytes(StandardCharsets.US_ASCII);

    private CanonicalWire() {}

    /**
     * @param unsigned JCS of the validated record without its {@code sigs} member
     * @param sigs JCS of the {@code sigs} member's value
     */
    static boolean matches(byte[] wire, byte[] unsigned, byte[] sigs) {
        if (wire.length != unsigned.length + SIGS.length + sigs.length + 1) {
            return false;
        }
        int at = lastIndexOf(unsigned, TIME) + 1;
        if (at <= 0) {
            throw new IllegalStateException("a validated record has a top-level time member");
        }
        int sigsAt = at;
        int restAt = sigsAt + SIGS.length + sigs.length + 1;
        return Arrays.equals(wire, 0, at, unsigned, 0, at)
                && Arrays.equals(wire, sigsAt, sigsAt + SIGS.length, SIGS, 0, SIGS.length)
                && Arrays.equals(wire, sigsAt + SIGS.length, restAt - 1, sigs, 0, sigs.length)
                && wire[restAt - 1] == ','
                && Arrays.equals(wire, restAt, wire.length, unsigned, at, unsigned.length);
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

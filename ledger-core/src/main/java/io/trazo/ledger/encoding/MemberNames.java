package io.trazo.ledger.encoding;

/**
 * The member names {@link PlainJsonReader} has read before, so that a name records repeat ("type",
 * "epcClass", "quantity"…) is one String, allocated once and hashed once, instead of a new one in
 * every record whose hash every set and map look-up (closed member sets, the event's own members)
 * computes again. A slot holds the last name that fell into it: a name not found is read as a new
 * String and takes the slot, so unusual names cost what they did, and the memory stays bounded.
 *
 * <p>Slots are shared by all threads without locks: a String is immutable with final fields, so a
 * reader sees either null, a complete older name or a complete newer one, and compares every byte
 * before taking it.
 */
final class MemberNames {

    private static final int SLOTS = 1024;
    private static final int LONGEST = 64;
    private static final String[] SEEN = new String[SLOTS];

    private MemberNames() {}

    /** The ASCII bytes {@code [from, to)} of {@code in} as a String: a remembered one when it has these bytes. */
    static String of(byte[] in, int from, int to) {
        int length = to - from;
        if (length == 0 || length > LONGEST) {
            return new String(in, from, length, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        int slot = (length * 31 + in[from] * 7 + in[to - 1] * 131 + in[from + length / 2] * 1031) & (SLOTS - 1);
        String seen = SEEN[slot];
        if (seen != null && seen.length() == length && sameBytes(seen, in, from)) {
            return seen;
        }
        String name = new String(in, from, length, java.nio.charset.StandardCharsets.ISO_8859_1);
        SEEN[slot] = name;
        return name;
    }

    private static boolean sameBytes(String seen, byte[] in, int from) {
        for (int i = 0; i < seen.length(); i++) {
            if (seen.charAt(i) != in[from + i]) {
                return false;
            }
        }
        return true;
    }
}

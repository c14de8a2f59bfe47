package io.trazo.ledger.event;

/**
 * Hand-written matchers for the commonest EPC URI shapes after the scheme, equivalent to the
 * regexes {@link EpcUris} uses for the other schemes, which cost about a microsecond per value:
 * <ul>
 *   <li>{@link #KEY}: {@code (\d+)\.(\d+)} (SSCC, GSRN, GSRNP, GSIN);
 *   <li>{@link #serial}: {@code (\d+)\.(\d+)\.(X{1,max})} (SGTIN, LGTIN, UPUI), where X is one
 *       character of {@link EpcUris#X}: a literal or a percent-escape;
 *   <li>{@link #location}: {@code (\d+)\.(\d*)\.(X{1,max})} (SGLN: the read point and business
 *       location of nearly every event), whose location reference may be empty;
 *   <li>{@link #ASSET}: {@code (\d+)\.(X+)} (GIAI, GINC: sensor device IDs, returnable assets).
 * </ul>
 * Every regex matches deterministically (a digit run ends at the first non-digit, which must be
 * the dot that follows it, and {@code %} only starts an escape), so a single left-to-right scan
 * gives the same groups.
 */
final class EpcShape {

    static final EpcShape KEY = new EpcShape(0, false, false);
    static final EpcShape ASSET = new EpcShape(Integer.MAX_VALUE, false, true);

    /** Literal characters X allows: {@code !')(*+,.0-9:;=A-Za-z_-}. */
    private static final boolean[] LITERAL = new boolean[128];

    static {
        for (char c : "!')(*+,.:;=_-".toCharArray()) {
            LITERAL[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            LITERAL[c] = true;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            LITERAL[c] = true;
            LITERAL[c + ('a' - 'A')] = true;
        }
    }

    /** Longest serial in X characters; 0 for a shape without one. */
    private final int maxSerial;
    /** Whether the second digit run may be empty, as an SGLN's location reference may be. */
    private final boolean emptyReference;
    /** Whether the serial follows the company prefix directly, with no second digit run. */
    private final boolean prefixThenSerial;

    private EpcShape(int maxSerial, boolean emptyReference, boolean prefixThenSerial) {
        this.maxSerial = maxSerial;
        this.emptyReference = emptyReference;
        this.prefixThenSerial = prefixThenSerial;
    }

    static EpcShape serial(int maxCharacters) {
        return new EpcShape(maxCharacters, false, false);
    }

    static EpcShape location(int maxCharacters) {
        return new EpcShape(maxCharacters, true, false);
    }

    /** The groups of {@code uri} from index {@code from} on (group 0 is the whole URI), or null. */
    Match match(String uri, int from) {
        int firstDot = digitsThenDot(uri, from);
        if (firstDot < 0) {
            return null;
        }
        int end = uri.length();
        if (prefixThenSerial) {
            return isSerial(uri, firstDot + 1, end) ? new Match(uri, from, firstDot, firstDot + 1, end, end, end) : null;
        }
        int secondEnd = digitsEnd(uri, firstDot + 1);
        if (secondEnd == firstDot + 1 && !emptyReference) {
            return null;
        }
        if (maxSerial == 0) {
            return secondEnd == end ? new Match(uri, from, firstDot, firstDot + 1, end, end, end) : null;
        }
        if (secondEnd == end || uri.charAt(secondEnd) != '.' || !isSerial(uri, secondEnd + 1, end)) {
            return null;
        }
        return new Match(uri, from, firstDot, firstDot + 1, secondEnd, secondEnd + 1, end);
    }

    /**
     * The groups as spans of the URI, so that a Digital Link is written from them directly: cutting
     * each group out as a string, then joining them with more strings, made an EPC URI's conversion
     * cost as much as the rest of its value's normalisation.
     */
    static final class Match implements EpcUris.Groups {
        private final String uri;
        /** Start (inclusive) and end (exclusive) of groups 1 to 3; an absent group is empty at the end. */
        private final int[] spans;

        private Match(String uri, int start1, int end1, int start2, int end2, int start3, int end3) {
            this.uri = uri;
            this.spans = new int[] {0, uri.length(), start1, end1, start2, end2, start3, end3};
        }

        @Override
        public String group(int index) {
            return uri.substring(spans[2 * index], spans[2 * index + 1]);
        }

        @Override
        public int length(int index) {
            return spans[2 * index + 1] - spans[2 * index];
        }

        char first(int index) {
            return uri.charAt(spans[2 * index]);
        }

        /** Appends group {@code index}, without its first {@code skip} chars. */
        void append(int index, int skip, StringBuilder out) {
            out.append(uri, spans[2 * index] + skip, spans[2 * index + 1]);
        }

        void appendEncoded(int index, StringBuilder out) {
            EpcUris.percentEncode(uri, spans[2 * index], spans[2 * index + 1], out);
        }

        boolean groupIs(int index, String text) {
            return length(index) == text.length() && uri.startsWith(text, spans[2 * index]);
        }
    }

    /** The index of the dot after a non-empty digit run starting at {@code from}, or -1. */
    private static int digitsThenDot(String s, int from) {
        int end = digitsEnd(s, from);
        return end > from && end < s.length() && s.charAt(end) == '.' ? end : -1;
    }

    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private boolean isSerial(String s, int from, int end) {
        int characters = 0;
        for (int i = from; i < end; characters++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= end || !isEscape(s.charAt(i + 1), s.charAt(i + 2))) {
                    return false;
                }
                i += 3;
            } else if (c < 128 && LITERAL[c]) {
                i++;
            } else {
                return false;
            }
        }
        return characters >= 1 && characters <= maxSerial;
    }

    /** The escapes X allows: {@code %2[125-9A-Fa-f] %3[0-9A-Fa-f] %4[1-9A-Fa-f] %5[0-9AaFf] %6[1-9A-Fa-f] %7[0-9Aa]}. */
    private static boolean isEscape(char high, char low) {
        int digit = Character.digit(low, 16);
        if (digit < 0 || low > 'f') {
            return false;
        }
        return switch (high) {
            case '2' -> digit == 1 || digit == 2 || digit >= 5;
            case '3' -> true;
            case '4', '6' -> digit >= 1;
            case '5' -> digit <= 9 || digit == 0xA || digit == 0xF;
            case '7' -> digit <= 9 || digit == 0xA;
            default -> false;
        };
    }
}

package io.trazo.ledger.event;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Timestamps as CBV 2.0 §8.9 hashes them: in UTC, written with {@code Z}, with exactly three
 * fractional digits. Extra digits are rounded half-up on the fourth digit ({@code .1415} becomes
 * {@code .142}, {@code .9996} carries into the next second); missing digits are zero-filled. A
 * timestamp without offset is read as UTC (the reference implementation uses the local zone of
 * the machine it runs on, which is not reproducible).
 *
 * <p>Accepted input is {@code yyyy-MM-dd[Tt ]HH:mm:ss[.f+][Zz|±hh:mm]} with a valid calendar date
 * and time (no hour 24, no leap second) and an offset within ±18:00; the output year is written
 * as {@code uuuu} prints it. Scanned by hand: a regex plus {@code DateTimeFormatter} parse and
 * format cost about a microsecond, once per event.
 */
final class EventTimestamps {

    private static final int DATE_TIME_LENGTH = 19;

    private EventTimestamps() {}

    /** The normalised form, or empty if {@code text} is not an xsd:dateTime. */
    static Optional<String> normalise(String text) {
        int n = text.length();
        if (n < DATE_TIME_LENGTH || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 7)
                || text.charAt(7) != '-' || !digits(text, 8, 10) || !isDateTimeSeparator(text.charAt(10))
                || !digits(text, 11, 13) || text.charAt(13) != ':' || !digits(text, 14, 16) || text.charAt(16) != ':'
                || !digits(text, 17, 19)) {
            return Optional.empty();
        }
        int at = DATE_TIME_LENGTH;
        long millis = 0;
        if (at < n && text.charAt(at) == '.') {
            int fractionEnd = at + 1;
            while (fractionEnd < n && isDigit(text.charAt(fractionEnd))) {
                fractionEnd++;
            }
            if (fractionEnd == at + 1) {
                return Optional.empty();
            }
            millis = roundedMillis(text, at + 1, fractionEnd);
            at = fractionEnd;
        }
        int offsetSeconds;
        if (at == n) {
            offsetSeconds = 0;
        } else if (at + 1 == n && (text.charAt(at) == 'Z' || text.charAt(at) == 'z')) {
            offsetSeconds = 0;
        } else if (at + 6 == n && (text.charAt(at) == '+' || text.charAt(at) == '-') && digits(text, at + 1, at + 3)
                && text.charAt(at + 3) == ':' && digits(text, at + 4, at + 6)) {
            int sign = text.charAt(at) == '-' ? -1 : 1;
            try {
                offsetSeconds = ZoneOffset.ofHoursMinutes(sign * number(text, at + 1, at + 3),
                        sign * number(text, at + 4, at + 6)).getTotalSeconds();
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                    number(text, 11, 13), number(text, 14, 16), number(text, 17, 19));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        long utcMillis = Math.addExact(Math.multiplyExact(local.toEpochSecond(ZoneOffset.UTC) - offsetSeconds, 1000L), millis);
        return Optional.of(format(utcMillis));
    }

    /** Milliseconds of {@code 0.<digits>}, rounded half-up on the fourth digit: 0 to 1000. */
    private static long roundedMillis(String text, int from, int to) {
        long millis = 0;
        for (int i = from; i < from + 3; i++) {
            millis = millis * 10 + (i < to ? text.charAt(i) - '0' : 0);
        }
        if (from + 3 < to && text.charAt(from + 3) >= '5') {
            millis++;
        }
        return millis;
    }

    private static String format(long utcMillis) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(Math.floorDiv(utcMillis, 1000L), 0, ZoneOffset.UTC);
        int year = utc.getYear();
        StringBuilder out = new StringBuilder(30);
        if (year > 9999) {
            out.append('+');
        } else if (year < 0) {
            out.append('-');
        }
        pad(out, Math.abs(year), 4);
        out.append('-');
        pad(out, utc.getMonthValue(), 2);
        out.append('-');
        pad(out, utc.getDayOfMonth(), 2);
        out.append('T');
        pad(out, utc.getHour(), 2);
        out.append(':');
        pad(out, utc.getMinute(), 2);
        out.append(':');
        pad(out, utc.getSecond(), 2);
        out.append('.');
        pad(out, (int) Math.floorMod(utcMillis, 1000L), 3);
        return out.append('Z').toString();
    }

    /** Counts the digits instead of writing them to a string first: six strings per timestamp showed. */
    private static void pad(StringBuilder out, int value, int width) {
        int digits = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10000 ? 4 : 0;
        if (digits == 0) {
            out.append(value);
            return;
        }
        for (int i = digits; i < width; i++) {
            out.append('0');
        }
        out.append(value);
    }

    private static boolean isDateTimeSeparator(char c) {
        return c == 'T' || c == 't' || c == ' ';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + s.charAt(i) - '0';
        }
        return value;
    }
}

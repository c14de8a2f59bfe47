package io.trazo.ledger.record;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A fast path for the one timestamp shape records use, {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±hh:mm)}
 * (RFC 3339 §5.6), read without {@code DateTimeFormatter}, which cost about half a microsecond per
 * timestamp. It answers only for plainly valid input (hour ≤ 23, second ≤ 59, offset below 18:00,
 * a real date) and is empty for anything else, so callers fall back to the JDK parser and
 * every edge case (leap seconds, hour 24, lower-case letters) keeps the JDK's answer.
 */
public final class Rfc3339 {

    private static final int DATE_TIME_LENGTH = 19;
    private static final int MAX_FRACTION_DIGITS = 9;
    private static final int MAX_OFFSET_HOURS = 17;
    private static final long SECONDS_PER_DAY = 86_400;

    private Rfc3339() {}

    /** The instant {@code text} names, if it has the plain shape above; empty means "ask the JDK". */
    public static Optional<Instant> plainInstant(String text) {
        int n = text.length();
        if (n < DATE_TIME_LENGTH + 1 || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 7)
                || text.charAt(7) != '-' || !digits(text, 8, 10) || text.charAt(10) != 'T' || !digits(text, 11, 13)
                || text.charAt(13) != ':' || !digits(text, 14, 16) || text.charAt(16) != ':' || !digits(text, 17, 19)) {
            return Optional.empty();
        }
        int at = DATE_TIME_LENGTH;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int end = at + 1;
            while (end < n && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                end++;
            }
            int fraction = end - at - 1;
            if (fraction < 1 || fraction > MAX_FRACTION_DIGITS) {
                return Optional.empty();
            }
            nanos = number(text, at + 1, end);
            for (int i = fraction; i < MAX_FRACTION_DIGITS; i++) {
                nanos *= 10;
            }
            at = end;
        }
        int offsetSeconds;
        if (at + 1 == n && text.charAt(at) == 'Z') {
            offsetSeconds = 0;
        } else if (at + 6 == n && (text.charAt(at) == '+' || text.charAt(at) == '-') && digits(text, at + 1, at + 3)
                && text.charAt(at + 3) == ':' && digits(text, at + 4, at + 6)) {
            int hours = number(text, at + 1, at + 3);
            int minutes = number(text, at + 4, at + 6);
            if (hours > MAX_OFFSET_HOURS || minutes > 59) {
                return Optional.empty();
            }
            offsetSeconds = (text.charAt(at) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return Optional.empty();
        }
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        if (hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        try {
            // what LocalDateTime.toInstant(ZoneOffset) computes, without looking the offset up in ZoneOffset's cache
            long day = LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10)).toEpochDay();
            return Optional.of(Instant.ofEpochSecond(day * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second - offsetSeconds, nanos));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
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

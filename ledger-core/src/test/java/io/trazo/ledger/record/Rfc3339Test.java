package io.trazo.ledger.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fast path must never disagree with the JDK parsers it stands in front of, and record times
 * must read exactly as the regex plus {@code Instant.parse} read them (kept here as the reference).
 */
class Rfc3339Test {

    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

    @Test
    void aPlainInstantIsWhatOffsetDateTimeParseReads() {
        Random random = new Random(3339);
        int plain = 0;
        for (int i = 0; i < 300_000; i++) {
            String text = timestamp(random);
            Optional<Instant> fast = Rfc3339.plainInstant(text);
            if (fast.isPresent()) {
                plain++;
                assertThat(OffsetDateTime.parse(text).toInstant()).as(text).isEqualTo(fast.get());
            }
        }
        assertThat(plain).isGreaterThan(20_000);
    }

    @Test
    void recordTimesReadAsTheRegexAndInstantParseReadThem() {
        Random random = new Random(8601);
        for (int i = 0; i < 300_000; i++) {
            String text = timestamp(random);
            assertThat(outcome(() -> Fields.parseTime(text, "/time"))).as(text).isEqualTo(outcome(() -> reference(text)));
        }
    }

    private static Instant reference(String s) {
        if (!TIME.matcher(s).matches()) {
            throw new RecordException(ReasonCode.INVALID_FIELD, "/time",
                    "expected UTC time as YYYY-MM-DDThh:mm:ss.sssZ, got \"" + Fields.truncate(s) + "\"");
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new RecordException(ReasonCode.INVALID_FIELD, "/time", "not a real instant: \"" + s + "\"");
        }
    }

    private static String outcome(java.util.function.Supplier<Instant> read) {
        try {
            return read.get().toString();
        } catch (RecordException e) {
            return e.code() + " " + e.path() + " " + e.getMessage();
        }
    }

    private static String timestamp(Random random) {
        StringBuilder t = new StringBuilder();
        t.append(pick(random, "2026", "0000", "1970", "9999", "2024", "2023", "12345", "999"));
        t.append('-').append(twoDigits(random, 14)).append('-').append(twoDigits(random, 33));
        t.append(pick(random, "T", "T", "T", "T", "t", " "));
        t.append(twoDigits(random, 26)).append(':').append(twoDigits(random, 62)).append(':').append(twoDigits(random, 62));
        if (random.nextInt(4) != 0) {
            t.append('.');
            int digits = random.nextInt(3) == 0 ? random.nextInt(12) : 3;
            for (int i = 0; i < digits; i++) {
                t.append((char) ('0' + random.nextInt(10)));
            }
        }
        switch (random.nextInt(4)) {
            case 0 -> t.append(pick(random, "", "z", "ZZ", "+0100"));
            case 1 -> t.append(pick(random, "+", "-")).append(twoDigits(random, 20)).append(':')
                    .append(twoDigits(random, 62)).append(random.nextInt(30) == 0 ? ":00" : "");
            default -> t.append('Z');
        }
        if (random.nextInt(30) == 0) {
            t.setCharAt(random.nextInt(t.length()), pick(random, "0", "9", "\u0663", "-", ":", "T", ".").charAt(0));
        }
        return t.toString();
    }

    private static String twoDigits(Random random, int below) {
        int value = random.nextInt(4) == 0 ? random.nextInt(100) : random.nextInt(below);
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}

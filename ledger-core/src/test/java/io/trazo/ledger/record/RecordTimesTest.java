package io.trazo.ledger.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.encoding.Json;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** v2 record times: the plain-reading fast path accepts and refuses exactly what the regex, JDK parser and formatter did. */
class RecordTimesTest {

    private static final Pattern V2 = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.(\\d{3}|\\d{6}|\\d{9})Z");

    /** The v2 rule as first written: the pattern, {@code Instant.parse}, and one spelling per instant. */
    private static Optional<Instant> reference(String s) {
        if (!V2.matcher(s).matches()) {
            return Optional.empty();
        }
        try {
            Instant t = Instant.parse(s);
            return RecordTimes.format(t, ProtocolVersion.V2).equals(s) ? Optional.of(t) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> parsed(String s) {
        try {
            return Optional.of(RecordTimes.parse(new Fields(Json.obj("time", s), ""), "time", ProtocolVersion.V2));
        } catch (RecordException e) {
            assertThat(e.code()).isEqualTo(ReasonCode.INVALID_FIELD);
            return Optional.empty();
        }
    }

    @Test
    void randomTimesAreAcceptedAndRefusedAsTheReferenceDoes() {
        Random random = new Random(3339);
        int accepted = 0;
        for (int i = 0; i < 50_000; i++) {
            String s = time(random);
            Optional<Instant> expected = reference(s);
            assertThat(parsed(s)).as(s).isEqualTo(expected);
            accepted += expected.isPresent() ? 1 : 0;
        }
        assertThat(accepted).as("accepted cases").isGreaterThan(5_000);
    }

    @Test
    void edgeTimesAreJudgedAsTheReferenceJudgesThem() {
        for (String s : List.of("2026-11-15T17:00:00.000Z", "2026-11-15T17:00:00.000000Z", "2026-11-15T17:00:00.000001Z",
                "2026-11-15T17:00:00.001000Z", "2026-11-15T17:00:00.000000001Z", "2026-11-15T17:00:00.000001000Z",
                "2026-11-15T17:00:00Z", "2026-11-15T17:00:00.5Z", "2024-02-29T23:59:59.999Z", "2023-02-29T00:00:00.000Z",
                "2026-12-31T23:59:60.000Z", "2026-12-31T24:00:00.000Z", "0000-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999999999Z",
                "2026-11-15t17:00:00.000Z", "2026-11-15T17:00:00.000z", "2026-11-15T17:00:00.000+00:00")) {
            assertThat(parsed(s)).as(s).isEqualTo(reference(s));
        }
    }

    private static String time(Random random) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%04d-%02d-%02dT%02d:%02d:%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33),
                random.nextInt(26), random.nextInt(61), random.nextInt(62)));
        if (random.nextInt(10) != 0) {
            s.append('.');
            int digits = random.nextInt(4) == 0 ? random.nextInt(11) : 3 * (1 + random.nextInt(3));
            for (int d = 0; d < digits; d++) {
                s.append(random.nextInt(3) == 0 ? (char) ('0' + random.nextInt(10)) : '0');
            }
        }
        s.append(random.nextInt(20) == 0 ? "+00:00" : "Z");
        return s.toString();
    }
}

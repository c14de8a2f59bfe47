package io.trazo.ledger.event;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regex and {@code DateTimeFormatter} timestamp normalisation that {@link EventTimestamps}
 * replaced, kept as the reference that {@code HandWrittenMatchersTest} cross-checks it against.
 */
final class ReferenceEventTimestamps {

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d+))?([Zz]|[+-]\\d{2}:\\d{2})?");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");

    private ReferenceEventTimestamps() {}

    /** The normalised form, or empty if {@code text} is not an xsd:dateTime. */
    static Optional<String> normalise(String text) {
        Matcher m = DATE_TIME.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.parse(m.group(1).replace('t', 'T').replace(' ', 'T'), LOCAL);
            ZoneOffset offset = m.group(3) == null || m.group(3).equalsIgnoreCase("Z")
                    ? ZoneOffset.UTC
                    : ZoneOffset.of(m.group(3));
            long millis = m.group(2) == null
                    ? 0
                    : new BigDecimal("0." + m.group(2)).movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValue();
            OffsetDateTime utc = OffsetDateTime.of(local, offset)
                    .withOffsetSameInstant(ZoneOffset.UTC)
                    .plusNanos(millis * 1_000_000L);
            return Optional.of(OUTPUT.format(utc));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

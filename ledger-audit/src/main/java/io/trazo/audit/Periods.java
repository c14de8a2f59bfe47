package io.trazo.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How mass balance cuts time into accounting periods, judged in UTC. */
public enum Periods {
    MONTH,
    QUARTER,
    YEAR;

    private static final Pattern LABEL = Pattern.compile("(\\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?");

    /** The days a period covers, {@code from} inclusive and {@code until} exclusive. */
    public record Span(LocalDate from, LocalDate until) {

        /** Whether some day of this period lies in {@code [first, last]}, both inclusive. */
        public boolean meets(LocalDate first, LocalDate last) {
            return from.isBefore(last.plusDays(1)) && until.isAfter(first);
        }
    }

    /** The span of a label {@link #of} wrote, whatever the periods it was cut by. */
    public static Span span(String label) {
        Matcher m = LABEL.matcher(label);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period label: " + label);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            LocalDate from = LocalDate.of(year, (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
            return new Span(from, from.plusMonths(3));
        }
        if (m.group(3) != null) {
            LocalDate from = LocalDate.of(year, Integer.parseInt(m.group(3)), 1);
            return new Span(from, from.plusMonths(1));
        }
        return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** The period's label: {@code 2026-10}, {@code 2026-Q4} or {@code 2026}. */
    public String of(Instant t) {
        LocalDate d = t.atOffset(ZoneOffset.UTC).toLocalDate();
        return switch (this) {
            case MONTH -> String.format("%d-%02d", d.getYear(), d.getMonthValue());
            case QUARTER -> d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(d.getYear());
        };
    }
}

package io.trazo.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** How mass balance cuts time into accounting periods, judged in UTC. */
public enum Periods {
    MONTH,
    QUARTER,
    YEAR;

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

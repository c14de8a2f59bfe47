package io.trazo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Period labels read back as the days they cover, so the API can pick the periods a date range reaches. */
class PeriodsTest {

    @Test
    void eachLabelSpansItsDaysAndReadsBackWhatOfWrote() {
        Instant t = Instant.parse("2026-11-17T10:00:00Z");
        assertThat(Periods.span(Periods.QUARTER.of(t))).isEqualTo(new Periods.Span(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1)));
        assertThat(Periods.span(Periods.MONTH.of(t))).isEqualTo(new Periods.Span(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)));
        assertThat(Periods.span(Periods.YEAR.of(t))).isEqualTo(new Periods.Span(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aPeriodMeetsARangeThatReachesAnyOfItsDaysBothEndsInclusive() {
        Periods.Span q4 = Periods.span("2026-Q4");
        assertThat(q4.meets(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(q4.meets(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(q4.meets(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1))).isFalse();
        assertThat(q4.meets(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30))).isFalse();
    }

    @Test
    void aLabelNoPeriodWritesIsRefused() {
        assertThatThrownBy(() -> Periods.span("2026-Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Periods.span("2026-13")).isInstanceOf(IllegalArgumentException.class);
    }
}

package io.trazo.mongo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an EPCIS query asks of the store, without naming the driver: every condition must hold (AND);
 * within one field, any of its values may (OR), as EPCIS 2.0 §8.2.7.1 has it for {@code |}-separated
 * values. A field may be given several times (by a parameter and by a REST path); each occurrence is
 * its own condition.
 *
 * @param conditions fields and the values any of which must match
 * @param eventTime the half-open {@code [from, to)} range of {@code eventTime}
 * @param recordTime the half-open range of the server-set {@code recordTime}
 * @param order which time orders the results, and which way
 */
public record EventSelection(List<Condition> conditions, Range eventTime, Range recordTime, Order order) {

    public EventSelection {
        conditions = List.copyOf(conditions);
    }

    /**
     * One field's condition.
     *
     * @param exact values the field must equal (any of them)
     * @param prefixes values the field may instead begin with (EPC pure-identity patterns)
     */
    public record Condition(EventField field, Set<String> exact, Set<String> prefixes) {
        public Condition {
            exact = Set.copyOf(exact);
            prefixes = Set.copyOf(prefixes);
        }

        public static Condition anyOf(EventField field, Set<String> values) {
            return new Condition(field, values, Set.of());
        }
    }

    public record Range(Optional<Instant> from, Optional<Instant> to) {
        public static final Range ALL = new Range(Optional.empty(), Optional.empty());
    }

    /** {@code orderBy} (EPCIS 2.0 §8.2.7.1): by event time or by record time, ascending or descending; ties by record hash. */
    public record Order(By by, boolean descending) {
        public static final Order DEFAULT = new Order(By.EVENT_TIME, false);

        public enum By {
            EVENT_TIME,
            RECORD_TIME
        }
    }
}

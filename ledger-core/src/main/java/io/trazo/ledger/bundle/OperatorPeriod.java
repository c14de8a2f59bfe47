package io.trazo.ledger.bundle;

import io.trazo.ledger.record.Identifiers;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;

/**
 * The subject of an operator-period bundle (docs/protocol.md §18.1): one actor and whole UTC quarters,
 * {@code from} the first day of a quarter and {@code to} the last day of the same or a later one, at most
 * {@value #MAX_QUARTERS} quarters. Whole quarters because a mass balance is kept per quarter (docs/audit.md):
 * a bundle cut mid-quarter would make that quarter's balance differ from the service's for no fault of
 * either. At most a year because certification cycles are annual, and a year of a small operator's
 * records with their upstream fits a bundle's 10,000 records.
 */
public record OperatorPeriod(String operator, LocalDate from, LocalDate to) {

    public static final int MAX_QUARTERS = 4;

    /** @throws PeriodException naming the component ({@code operator}, {@code from} or {@code to}) that is wrong */
    public OperatorPeriod {
        if (!Identifiers.ACTOR.matcher(operator).matches()) {
            throw PeriodException.of("operator", "expected an actor URI urn:trazo:actor:<name>, got \"" + operator + "\"");
        }
        if (!from.equals(quarterStart(from))) {
            throw PeriodException.of("from", from + " is not the first day of a quarter (" + quarterStart(from) + ")");
        }
        if (!to.equals(quarterEnd(to))) {
            throw PeriodException.of("to", to + " is not the last day of a quarter (" + quarterEnd(to) + ")");
        }
        if (to.isBefore(from)) {
            throw PeriodException.of("to", to + " is before from " + from);
        }
        if (!to.isBefore(from.plusMonths(3L * MAX_QUARTERS))) {
            throw PeriodException.of("to", from + " to " + to + " is longer than " + MAX_QUARTERS + " quarters");
        }
    }

    /** The whole quarters that reach {@code [first, last]}; the same rules apply to the widened period. */
    public static OperatorPeriod covering(String operator, LocalDate first, LocalDate last) {
        return new OperatorPeriod(operator, quarterStart(first), quarterEnd(last));
    }

    /**
     * Whether {@code r} is one of the period's own records: an event the operator signed as its actor or
     * takes part in as its counterparty, whose {@code time} falls on a UTC day of the period.
     */
    public boolean owns(SignedRecord r) {
        if (r.type() != RecordType.EVENT) {
            return false;
        }
        boolean party = r.actor().equals(operator) || r.counterparty().filter(operator::equals).isPresent();
        LocalDate day = LocalDate.ofInstant(r.time(), ZoneOffset.UTC);
        return party && !day.isBefore(from) && !day.isAfter(to);
    }

    private static LocalDate quarterStart(LocalDate d) {
        return d.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    private static LocalDate quarterEnd(LocalDate d) {
        LocalDate start = quarterStart(d);
        return start.plusMonths(3).minusDays(1);
    }
}

package io.trazo.ledger.event;

import java.util.Objects;

/**
 * An EPCIS event for which no CBV 2.0 §8.9 Event Hash ID can be computed. Every instance names one
 * {@link Reason} and the field (a path of JSON member names, {@code /}-separated) where it was found.
 */
public final class EventHashException extends RuntimeException {

    /** Why the event was refused; the names are stable and may appear in reports. */
    public enum Reason {
        NOT_AN_OBJECT,
        MISSING_FIELD,
        INVALID_VALUE,
        UNSUPPORTED_CONSTRUCT,
        NO_EVENT_LIST
    }

    private final Reason reason;
    private final String field;

    private EventHashException(Reason reason, String field, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.field = Objects.requireNonNull(field, "field");
    }

    static EventHashException notAnObject(String where, String foundType) {
        return new EventHashException(Reason.NOT_AN_OBJECT, where,
                "cannot hash EPCIS event " + where + ": expected a JSON object, found " + foundType);
    }

    static EventHashException missingField(String field) {
        return new EventHashException(Reason.MISSING_FIELD, field,
                "cannot hash EPCIS event: required field '" + field + "' is missing");
    }

    static EventHashException invalidValue(String field, String expected, String found) {
        return new EventHashException(Reason.INVALID_VALUE, field,
                "cannot hash EPCIS event: field '" + field + "' must be " + expected + ", found " + found);
    }

    static EventHashException unsupported(String field, String construct) {
        return new EventHashException(Reason.UNSUPPORTED_CONSTRUCT, field,
                "cannot hash EPCIS event: field '" + field + "' uses an unsupported construct: " + construct);
    }

    static EventHashException noEventList() {
        return new EventHashException(Reason.NO_EVENT_LIST, "epcisBody",
                "not an EPCIS document: neither epcisBody.eventList nor "
                        + "epcisBody.queryResults.resultsBody.eventList is a JSON array");
    }

    public Reason reason() {
        return reason;
    }

    /** The offending field, as JSON member names joined by {@code /} (array positions omitted). */
    public String field() {
        return field;
    }
}

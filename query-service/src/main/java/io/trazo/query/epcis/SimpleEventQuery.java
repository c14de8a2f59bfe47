package io.trazo.query.epcis;

import io.trazo.ledger.encoding.JsonObject;
import io.trazo.mongo.EventSelection;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * A parsed EPCIS 2.0 SimpleEventQuery (§8.2.7.1): what the store selects on its indexes, what is then
 * tested on each event, and how many results may come back.
 *
 * @param selection the indexed conditions, time ranges and order
 * @param tests the remaining conditions, each a test of the event's JSON
 * @param eventCountLimit at most this many results, in order (needs {@code orderBy})
 * @param maxEventCount more matches than this is a QueryTooLargeException
 */
record SimpleEventQuery(EventSelection selection, List<Predicate<JsonObject>> tests, OptionalInt eventCountLimit,
        OptionalInt maxEventCount) {

    SimpleEventQuery {
        tests = List.copyOf(tests);
    }

    boolean test(JsonObject event) {
        return tests.stream().allMatch(t -> t.test(event));
    }
}

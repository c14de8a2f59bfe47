package io.trazo.query.epcis;

import io.trazo.ledger.encoding.JsonObject;
import io.trazo.mongo.EventField;
import io.trazo.mongo.EventSelection;
import io.trazo.mongo.EventSelection.Condition;
import io.trazo.mongo.EventSelection.Order;
import io.trazo.mongo.EventSelection.Range;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the query string of {@code GET /events} as an EPCIS 2.0 SimpleEventQuery (§8.2.7.1, REST
 * binding openapi.yaml). Every parameter is either understood or refused with a QueryParameterException:
 * an unknown or unsupported name, a repeated one, a value of the wrong type, or a forbidden combination.
 * None is ignored. The fixed names are here; the names that embed a type, unit or field are in
 * {@link FlexibleParameters}.
 */
final class QueryParser {

    /** Parameters of the REST binding's paging, read by the controller. */
    static final Set<String> PAGING = Set.of("perPage", "nextPageToken");

    private static final Map<String, EventField> MATCH = Map.of("MATCH_epc", EventField.EPC, "MATCH_parentID", EventField.PARENT_ID,
            "MATCH_inputEPC", EventField.INPUT_EPC, "MATCH_outputEPC", EventField.OUTPUT_EPC, "MATCH_anyEPC", EventField.ANY_EPC,
            "MATCH_epcClass", EventField.EPC_CLASS, "MATCH_inputEPCClass", EventField.INPUT_EPC_CLASS,
            "MATCH_outputEPCClass", EventField.OUTPUT_EPC_CLASS, "MATCH_anyEPCClass", EventField.ANY_EPC_CLASS);
    /** WD_ ("with descendants") equals EQ_: Trazo keeps no location hierarchy, so a location's only descendant is itself. */
    private static final Map<String, EventField> LOCATIONS = Map.of("EQ_readPoint", EventField.READ_POINT, "WD_readPoint",
            EventField.READ_POINT, "EQ_bizLocation", EventField.BIZ_LOCATION, "WD_bizLocation", EventField.BIZ_LOCATION);
    static final List<String> EVENT_TYPES = List.of("AggregationEvent", "AssociationEvent", "ObjectEvent", "TransactionEvent",
            "TransformationEvent");

    private final List<Condition> conditions = new ArrayList<>();
    private final List<Predicate<JsonObject>> tests = new ArrayList<>();
    private Optional<Instant> geEventTime = Optional.empty();
    private Optional<Instant> ltEventTime = Optional.empty();
    private Optional<Instant> geRecordTime = Optional.empty();
    private Optional<Instant> ltRecordTime = Optional.empty();
    private Optional<String> orderBy = Optional.empty();
    private Optional<String> orderDirection = Optional.empty();
    private OptionalInt eventCountLimit = OptionalInt.empty();
    private OptionalInt maxEventCount = OptionalInt.empty();

    private final Map<String, String> declared;

    private QueryParser(Map<String, String> declared) {
        this.declared = Map.copyOf(declared);
    }

    /**
     * @param params the query string, each name with every value it was given
     * @param implied conditions a REST path adds ({@code /bizSteps/{bizStep}/events}), ANDed with the rest
     */
    static SimpleEventQuery parse(Map<String, List<String>> params, List<Condition> implied) {
        return parse(params, implied, Map.of());
    }

    /** @param declared the request's extension prefixes ({@code GS1-Extensions}), for extension-field names ({@link ExtensionName}) */
    static SimpleEventQuery parse(Map<String, List<String>> params, List<Condition> implied, Map<String, String> declared) {
        QueryParser p = new QueryParser(declared);
        p.conditions.addAll(implied);
        params.forEach((name, values) -> {
            if (PAGING.contains(name)) {
                return;
            }
            if (values.size() != 1) {
                throw EpcisException.parameter(name, "given " + values.size() + " times; each parameter may appear once (|-separate values)");
            }
            p.read(name, values.get(0));
        });
        return p.build();
    }

    private void read(String name, String raw) {
        if (MATCH.containsKey(name)) {
            conditions.add(EpcPatterns.condition(name, MATCH.get(name), raw));
        } else if (LOCATIONS.containsKey(name)) {
            conditions.add(Condition.anyOf(LOCATIONS.get(name), QueryValues.uris(name, raw)));
        } else if (!fixed(name, raw) && !FlexibleParameters.read(name, raw, declared, tests)) {
            throw EpcisException.unknownParameter(name);
        }
    }

    private boolean fixed(String name, String raw) {
        switch (name) {
            case "eventType" -> {
                // an extension event type's name is a valid value (§8.2.7.1); Trazo stores none, so it matches nothing
                conditions.add(Condition.anyOf(EventField.EVENT_TYPE, QueryValues.list(name, raw)));
            }
            case "GE_eventTime" -> geEventTime = Optional.of(QueryValues.time(name, raw));
            case "LT_eventTime" -> ltEventTime = Optional.of(QueryValues.time(name, raw));
            case "GE_recordTime" -> geRecordTime = Optional.of(QueryValues.time(name, raw));
            case "LT_recordTime" -> ltRecordTime = Optional.of(QueryValues.time(name, raw));
            case "EQ_action" -> {
                Set<String> actions = QueryValues.list(name, raw);
                actions.stream().filter(a -> !Set.of("ADD", "OBSERVE", "DELETE").contains(a)).findFirst().ifPresent(a -> {
                    throw EpcisException.parameter(name, "\"" + a + "\" is not ADD, OBSERVE or DELETE");
                });
                conditions.add(Condition.anyOf(EventField.ACTION, actions));
            }
            case "EQ_bizStep" -> conditions.add(Condition.anyOf(EventField.BIZ_STEP, QueryValues.bizSteps(name, raw)));
            case "EQ_disposition" -> conditions.add(Condition.anyOf(EventField.DISPOSITION, QueryValues.dispositions(name, raw)));
            case "EQ_persistentDisposition_set" -> tests.add(EventTests.persistentDisposition("set", QueryValues.dispositions(name, raw)));
            case "EQ_persistentDisposition_unset" -> tests.add(EventTests.persistentDisposition("unset", QueryValues.dispositions(name, raw)));
            case "EQ_transformationID" -> conditions.add(Condition.anyOf(EventField.TRANSFORMATION_ID, QueryValues.uris(name, raw)));
            case "EQ_eventID" -> conditions.add(Condition.anyOf(EventField.EVENT_ID, QueryValues.uris(name, raw)));
            case "EXISTS_errorDeclaration" -> tests.add(EventTests.hasErrorDeclaration());
            case "GE_errorDeclarationTime", "GE_errorDeclaration_Time" ->
                    tests.add(EventTests.errorDeclarationTime(Comparison.parse(name, Comparison.Op.GE, timeText(name, raw))));
            case "LT_errorDeclarationTime", "LT_errorDeclaration_Time" ->
                    tests.add(EventTests.errorDeclarationTime(Comparison.parse(name, Comparison.Op.LT, timeText(name, raw))));
            case "EQ_errorReason" -> tests.add(EventTests.errorReason(QueryValues.list(name, raw)));
            case "EQ_correctiveEventID" -> tests.add(EventTests.correctiveEventId(QueryValues.uris(name, raw)));
            case "orderBy" -> orderBy = Optional.of(raw);
            case "orderDirection" -> orderDirection = Optional.of(raw);
            case "eventCountLimit" -> eventCountLimit = OptionalInt.of(QueryValues.positive(name, raw));
            case "maxEventCount" -> maxEventCount = OptionalInt.of(QueryValues.positive(name, raw));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static String timeText(String name, String raw) {
        QueryValues.time(name, raw);
        return raw;
    }

    private SimpleEventQuery build() {
        if (eventCountLimit.isPresent() && maxEventCount.isPresent()) {
            throw EpcisException.parameter("eventCountLimit", "eventCountLimit and maxEventCount may not be given together");
        }
        if (eventCountLimit.isPresent() && orderBy.isEmpty()) {
            throw EpcisException.parameter("eventCountLimit", "eventCountLimit needs orderBy");
        }
        if (orderDirection.isPresent() && orderBy.isEmpty()) {
            throw EpcisException.parameter("orderDirection", "orderDirection needs orderBy");
        }
        Order order = Order.DEFAULT;
        if (orderBy.isPresent()) {
            Order.By by = switch (orderBy.get()) {
                case "eventTime" -> Order.By.EVENT_TIME;
                case "recordTime" -> Order.By.RECORD_TIME;
                default -> throw EpcisException.parameter("orderBy", "\"" + orderBy.get()
                        + "\" is not supported; this repository orders by eventTime or recordTime");
            };
            // EPCIS 2.0 §8.2.7.1: orderDirection defaults to DESC when orderBy is given
            String direction = orderDirection.orElse("DESC");
            if (!direction.equals("ASC") && !direction.equals("DESC")) {
                throw EpcisException.parameter("orderDirection", "expected ASC or DESC, got \"" + direction + "\"");
            }
            order = new Order(by, direction.equals("DESC"));
        }
        EventSelection selection = new EventSelection(conditions, new Range(geEventTime, ltEventTime),
                new Range(geRecordTime, ltRecordTime), order);
        return new SimpleEventQuery(selection, tests, eventCountLimit, maxEventCount);
    }
}

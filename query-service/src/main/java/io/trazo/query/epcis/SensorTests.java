package io.trazo.query.epcis;

import io.trazo.ledger.encoding.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * SimpleEventQuery's sensor parameters (EPCIS 2.0 §8.2.7.1), on {@code sensorElementList}. Each
 * parameter is met by any one sensor element, metadata or report on its own; two sensor parameters
 * may be met by different reports of the same event (docs/operations.md §EPCIS queries).
 */
final class SensorTests {

    /** Members that EQ_ tests as plain values, on metadata and reports alike. */
    static final Set<String> EQ_MEMBERS = Set.of("type", "deviceID", "dataProcessingMethod", "microorganism", "chemicalSubstance",
            "bizRules", "stringValue", "hexBinaryValue", "uriValue", "booleanValue");
    /** Members holding a number in the report's unit, tested by {@code OP_member_UOM}. */
    static final Set<String> MEASURES = Set.of("value", "minValue", "maxValue", "meanValue", "sDev", "percValue");

    private SensorTests() {}

    /** The objects named {@code member} inside every sensor element: {@code sensorMetadata} or {@code sensorReport}. */
    static List<JsonObject> all(JsonObject event, String member) {
        return Json.objects(event, "sensorElementList").stream().flatMap(el -> Json.objects(el, member).stream()).toList();
    }

    private static List<JsonObject> metadataAndReports(JsonObject event) {
        return java.util.stream.Stream.concat(all(event, "sensorMetadata").stream(), all(event, "sensorReport").stream()).toList();
    }

    static Predicate<JsonObject> exists() {
        return e -> !Json.objects(e, "sensorElementList").isEmpty();
    }

    /** {@code GE_time}, {@code LT_startTime}…: the member's time, on metadata or a report. */
    static Predicate<JsonObject> time(String member, Comparison c) {
        return e -> metadataAndReports(e).stream().anyMatch(o -> o.get(member).filter(c::test).isPresent());
    }

    /** {@code EQ_type}, {@code EQ_deviceID}…; GS1 vocabulary terms compare in one form ({@code gs1:Temperature}). */
    static Predicate<JsonObject> equals(String member, List<String> values) {
        Set<String> wanted = Set.copyOf(values);
        return e -> metadataAndReports(e).stream().anyMatch(o -> Json.text(o.get(member)).map(QueryValues::gs1Term)
                .filter(wanted::contains).isPresent());
    }

    static Predicate<JsonObject> percRank(Comparison c) {
        return e -> all(e, "sensorReport").stream().anyMatch(r -> r.get("percRank").filter(c::test).isPresent());
    }

    /** {@code GE_value_CEL}, {@code EQ_value_KGM}…: a report in that unit whose measure passes. */
    static Predicate<JsonObject> measure(String member, String uom, Comparison c) {
        return e -> all(e, "sensorReport").stream().filter(r -> Json.text(r.get("uom")).filter(uom::equals).isPresent())
                .anyMatch(r -> r.get(member).filter(c::test).isPresent());
    }
}

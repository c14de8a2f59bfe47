package io.trazo.query.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.mongo.EventField;
import io.trazo.mongo.EventSelection.Condition;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The parameters tested on the event's JSON, each against events that should and should not pass; the
 * journey in {@code EpcisQueryIntegrationTests} has no sensors, source lists or error declarations.
 */
class QueryParserTest {

    private static final JsonObject SENSOR = event("""
            {"type":"ObjectEvent","eventTime":"2026-10-01T10:00:00.000Z","action":"OBSERVE","epcList":["urn:epc:id:sscc:7709876.0000004211"],
             "sourceList":[{"type":"https://ref.gs1.org/cbv/SDT-owning_party","source":"urn:epc:id:pgln:7709876.00001"}],
             "destinationList":[{"type":"location","destination":"urn:epc:id:sgln:0614141.00001.OAK"}],
             "persistentDisposition":{"set":["completeness_verified"],"unset":["https://ref.gs1.org/cbv/Disp-in_transit"]},
             "sensorElementList":[{"sensorMetadata":{"time":"2026-10-01T09:00:00.000Z","deviceID":"urn:epc:id:giai:7709876.1"},
               "sensorReport":[{"type":"gs1:Temperature","value":"26","uom":"CEL","percRank":"50"},
                               {"type":"https://gs1.org/voc/RelativeHumidity","value":"61","uom":"A93","booleanValue":true}]}],
             "trazo:lab":{"trazo:moisture":"10.5","trazo:grade":"specialty"}}""");
    private static final JsonObject CORRECTED = event("""
            {"type":"TransformationEvent","eventTime":"2026-10-02T10:00:00.000Z","transformationID":"urn:trazo:tx:coop:77",
             "inputQuantityList":[{"epcClass":"urn:trazo:lot:coop:a","quantity":10,"uom":"KGM"}],
             "outputQuantityList":[{"epcClass":"urn:trazo:lot:coop:b","quantity":8,"uom":"KGM"}],
             "ilmd":{"trazo:productForm":"parchment","trazo:cupping":{"trazo:score":"86.5"}},
             "errorDeclaration":{"declarationTime":"2026-10-03T00:00:00.000Z","reason":"urn:epcglobal:cbv:er:incorrect_data",
               "correctiveEventIDs":["urn:uuid:00000000-0000-4000-8000-000000000001"]}}""");

    /** A v1 event as the controller's tests read it (EventDocuments.queryView): with the context it was hashed with. */
    private static JsonObject event(String json) {
        String withContext = json.replaceFirst("\\{", "{\"@context\":{\"trazo\":\"https://ns.trazo.dev/epcis/\"},");
        return (JsonObject) StrictJson.parseRecord(withContext.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> passing(String name, String value) {
        SimpleEventQuery q = QueryParser.parse(Map.of(name, List.of(value)), List.of());
        assertThat(q.tests()).as("%s is tested on the event", name).hasSize(1);
        return List.of(SENSOR, CORRECTED).stream().filter(q::test).map(e -> e == SENSOR ? "sensor" : "corrected").toList();
    }

    @Test
    void sourceDestinationAndBizTransactionTypesMatchInAnyCbvForm() {
        assertThat(passing("EQ_source_owning_party", "urn:epc:id:pgln:7709876.00001")).containsExactly("sensor");
        assertThat(passing("EQ_source_owning_party", "urn:epc:id:pgln:7709876.00002")).isEmpty();
        assertThat(passing("EQ_destination_location", "urn:epc:id:sgln:0614141.00001.OAK|urn:x:y")).containsExactly("sensor");
        assertThat(passing("EQ_destination_owning_party", "urn:epc:id:sgln:0614141.00001.OAK")).isEmpty();
    }

    @Test
    void persistentDispositionsCompareAsCbvUris() {
        assertThat(passing("EQ_persistentDisposition_set", "https://ref.gs1.org/cbv/Disp-completeness_verified")).containsExactly("sensor");
        assertThat(passing("EQ_persistentDisposition_unset", "in_transit")).containsExactly("sensor");
        assertThat(passing("EQ_persistentDisposition_set", "in_transit")).isEmpty();
    }

    @Test
    void errorDeclarationParametersSelectOnlyDeclaredErrors() {
        assertThat(passing("EXISTS_errorDeclaration", "")).containsExactly("corrected");
        assertThat(passing("EQ_errorReason", "incorrect_data")).containsExactly("corrected");
        assertThat(passing("EQ_errorReason", "did_not_occur")).isEmpty();
        assertThat(passing("GE_errorDeclarationTime", "2026-10-03T00:00:00Z")).containsExactly("corrected");
        assertThat(passing("LT_errorDeclarationTime", "2026-10-03T00:00:00Z")).isEmpty();
        assertThat(passing("EQ_correctiveEventID", "urn:uuid:00000000-0000-4000-8000-000000000001")).containsExactly("corrected");
    }

    @Test
    void extensionAndIlmdFieldsCompareAsStringsNumbersAndNestedMembers() {
        assertThat(passing("EQ_ILMD_trazo:productForm", "green|parchment")).containsExactly("corrected");
        assertThat(passing("EXISTS_ILMD_trazo:productForm", "")).containsExactly("corrected");
        assertThat(passing("EXISTS_trazo:productForm", "")).isEmpty();
        assertThat(passing("GE_INNER_ILMD_trazo:score", "86.5")).containsExactly("corrected");
        assertThat(passing("GT_INNER_ILMD_trazo:score", "86.5")).isEmpty();
        assertThat(passing("EQ_INNER_trazo:grade", "specialty")).containsExactly("sensor");
        assertThat(passing("EQ_trazo:grade", "specialty")).isEmpty();
        assertThat(passing("LT_INNER_trazo:moisture", "11")).containsExactly("sensor");
        assertThat(passing("EXISTS_trazo:lab", "")).containsExactly("sensor");
        assertThat(passing("HASATTR_bizLocation", "urn:x:attr")).isEmpty();
    }

    @Test
    void extensionFieldsMatchByTheirNamespaceIriWhateverPrefixTheEventBinds() {
        List<JsonObject> events = List.of(
                v2("{\"ex\":\"https://ns.example.com/epcis/\"}", "\"ex:temperature\":21"),
                v2("[\"https://ref.gs1.org/standards/epcis/epcis-context.jsonld\",{\"other\":\"https://ns.example.com/epcis/\"}]",
                        "\"other:ilmdless\":{\"other:temperature\":25}"),
                v2("{\"ex\":\"https://ns.elsewhere.org/\"}", "\"ex:temperature\":30"));
        Map<String, String> ex = Map.of("ex", "https://ns.example.com/epcis/");
        assertThat(matching(events, "EQ_https://ns.example.com/epcis/#temperature", "21", Map.of())).containsExactly(0);
        assertThat(matching(events, "GE_INNER_https://ns.example.com/epcis/#temperature", "0", Map.of())).containsExactly(1);
        assertThat(matching(events, "EXISTS_ex:temperature", "", ex)).containsExactly(0);
        assertThat(matching(events, "EQ_INNER_ex:temperature", "25", ex)).containsExactly(1);
        assertThat(matching(events, "EXISTS_ex:temperature", "", Map.of("ex", "https://ns.elsewhere.org/"))).containsExactly(2);
        assertThat(matching(events, "EQ_ex:temperature", "30", ex)).isEmpty();
        assertThat(matching(events, "EXISTS_https://ns.example.com/epcis/#humidity", "", Map.of())).isEmpty();
        assertThatThrownBy(() -> QueryParser.parse(Map.of("EXISTS_ex:temperature", List.of("")), List.of()))
                .isInstanceOfSatisfying(EpcisException.class, e -> assertThat(e.getMessage()).contains("GS1-Extensions"));
        assertThat(ExtensionName.declared(" a=urn:x:, b=https://b.example/ns# ")).containsExactly(
                Map.entry("a", "urn:x:"), Map.entry("b", "https://b.example/ns#"));
        assertThatThrownBy(() -> ExtensionName.declared("a urn:x:")).isInstanceOf(EpcisException.class);
    }

    private static JsonObject v2(String context, String extension) {
        return (JsonObject) StrictJson.parseRecord(("{\"@context\":" + context + ",\"type\":\"ObjectEvent\",\"eventTime\":"
                + "\"2026-10-01T10:00:00.000Z\",\"action\":\"OBSERVE\",\"epcList\":[\"urn:epc:id:sscc:7709876.0000004211\"],"
                + extension + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static List<Integer> matching(List<JsonObject> events, String name, String value, Map<String, String> declared) {
        SimpleEventQuery q = QueryParser.parse(Map.of(name, List.of(value)), List.of(), declared);
        return java.util.stream.IntStream.range(0, events.size()).filter(i -> q.test(events.get(i))).boxed().toList();
    }

    @Test
    void sensorParametersTestMetadataAndReports() {
        assertThat(passing("EXISTS_sensorElementList", "")).containsExactly("sensor");
        assertThat(passing("EQ_type", "https://gs1.org/voc/Temperature")).containsExactly("sensor");
        assertThat(passing("EQ_type", "gs1:RelativeHumidity")).containsExactly("sensor");
        assertThat(passing("EQ_type", "gs1:Illuminance")).isEmpty();
        assertThat(passing("EQ_deviceID", "urn:epc:id:giai:7709876.1")).containsExactly("sensor");
        assertThat(passing("GE_time", "2026-10-01T09:00:00Z")).containsExactly("sensor");
        assertThat(passing("LT_time", "2026-10-01T09:00:00Z")).isEmpty();
        assertThat(passing("GT_value_CEL", "25")).containsExactly("sensor");
        assertThat(passing("GT_value_CEL", "26")).isEmpty();
        assertThat(passing("EQ_value_A93", "60|61")).containsExactly("sensor");
        assertThat(passing("EQ_value_CEL", "61")).isEmpty();
        assertThat(passing("LE_percRank", "50")).containsExactly("sensor");
        assertThat(passing("EQ_booleanValue", "true")).containsExactly("sensor");
        assertThat(passing("EQ_SENSORREPORT_trazo:calibrated", "true")).isEmpty();
    }

    @Test
    void quantitiesCompareNumericallyOptionallyInOneUnit() {
        assertThat(passing("EQ_quantity", "8.0")).containsExactly("corrected");
        assertThat(passing("GT_quantity_KGM", "9")).containsExactly("corrected");
        assertThat(passing("GT_quantity_H87", "9")).isEmpty();
        assertThat(passing("LT_quantity", "8")).isEmpty();
    }

    @Test
    void indexedParametersBecomeStoreConditionsInCanonicalForm() {
        var q = QueryParser.parse(Map.of("EQ_bizStep", List.of("shipping|urn:epcglobal:cbv:bizstep:receiving|roasting"),
                "EQ_transformationID", List.of("urn:trazo:tx:coop:77")), List.of());
        assertThat(q.selection().conditions()).containsExactlyInAnyOrder(
                Condition.anyOf(EventField.BIZ_STEP, Set.of("https://ref.gs1.org/cbv/BizStep-shipping",
                        "https://ref.gs1.org/cbv/BizStep-receiving", "https://ns.trazo.dev/voc/BizStep-roasting")),
                Condition.anyOf(EventField.TRANSFORMATION_ID, Set.of("urn:trazo:tx:coop:77")));
    }

    @Test
    void epcPatternsBecomePrefixesAndMalformedOnesAreRefused() {
        var c = QueryParser.parse(Map.of("MATCH_epc", List.of("urn:epc:idpat:sgtin:0614141.*.*")), List.of()).selection().conditions();
        assertThat(c).containsExactly(new Condition(EventField.EPC, Set.of(), Set.of("urn:epc:id:sgtin:0614141.")));
        assertThatThrownBy(() -> QueryParser.parse(Map.of("MATCH_epc", List.of("urn:epc:idpat:sgtin:*.112345.*")), List.of()))
                .isInstanceOf(EpcisException.class).hasMessageContaining("trailing");
    }

    @Test
    void unknownRepeatedMistypedAndConflictingParametersAreQueryParameterExceptions() {
        for (Map<String, List<String>> bad : List.of(Map.of("EQ_colour", List.of("red")), Map.of("limit", List.of("3")),
                Map.of("EQ_action", List.of("ADD", "DELETE")), Map.of("EQ_action", List.of("REMOVE")),
                Map.of("GE_eventTime", List.of("yesterday")), Map.of("GT_quantity", List.of("lots")),
                Map.of("eventCountLimit", List.of("0")), Map.of("eventCountLimit", List.of("2")),
                Map.of("orderBy", List.of("bizStep")), Map.of("orderBy", List.of("eventTime"), "orderDirection", List.of("UP")),
                Map.of("orderBy", List.of("eventTime"), "eventCountLimit", List.of("1"), "maxEventCount", List.of("1")),
                Map.of("EQ_bizStep", List.of("shipping|")), Map.of("EQ_booleanValue", List.of("yes")))) {
            assertThatThrownBy(() -> QueryParser.parse(bad, List.of())).as("%s", bad).isInstanceOfSatisfying(EpcisException.class,
                    e -> assertThat(e.kind()).isEqualTo(EpcisException.Kind.QueryParameterException));
        }
    }
}

package io.trazo.ledger.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.event.EpcisEvents;
import io.trazo.ledger.event.EventHashId;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.verify.RecordReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per v2 event rule (docs/protocol.md §9.2), each on the smallest event that shows it, and
 * each against v1 where v1 decides differently: a v1 record keeps its v1 verdict forever.
 */
class V2EventRulesTest {

    private static final String LOT = "urn:epc:class:lgtin:4012345.012345.998877";
    private final ConformanceCorpus ledger = new ConformanceCorpus();

    private static JsonObject event(String members) {
        String json = "{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\"eventTime\":\"2026-03-01T10:00:00.000+02:00\","
                + "\"eventTimeZoneOffset\":\"+02:00\"" + (members.isEmpty() ? "" : "," + members) + "}";
        return (JsonObject) StrictJson.parseRecord(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String quantity(String amount) {
        return "\"quantityList\":[{\"epcClass\":\"" + LOT + "\",\"quantity\":" + amount + ",\"uom\":\"KGM\"}]";
    }

    private Optional<String> outcome(JsonObject event, ProtocolVersion version) {
        String eventId;
        try {
            eventId = EpcisEvents.eventHashId(event, "/body/event", version);
        } catch (RuntimeException e) {
            eventId = EventHashId.NI_PREFIX + "0".repeat(64) + EventHashId.VERSION_SUFFIX;
        }
        byte[] record = ConformanceCorpus.record(event, eventId, version);
        RecordReport report = ledger.verify(record);
        return report.reason().map(f -> f.code().name() + " " + f.path());
    }

    @Test
    void decimalQuantitiesAreTakenInV2AndStillRefusedInV1() {
        JsonObject e = event("\"bizStep\":\"receiving\"," + quantity("200.5"));
        assertThat(outcome(e, ProtocolVersion.V2)).isEmpty();
        assertThat(outcome(e, ProtocolVersion.V1)).contains("FLOAT_NOT_ALLOWED /body/event/quantityList/0/quantity");
    }

    @Test
    void quantityIsOptionalInV2AndQuantityElementsAreClosed() {
        assertThat(outcome(event("\"bizStep\":\"receiving\",\"quantityList\":[{\"epcClass\":\"" + LOT + "\"}]"),
                ProtocolVersion.V2)).isEmpty();
        assertThat(outcome(event("\"bizStep\":\"receiving\",\"quantityList\":[{\"epcClass\":\"" + LOT
                + "\",\"quantity\":5,\"weight\":3}]"), ProtocolVersion.V2))
                .contains("INVALID_EPCIS /body/event/quantityList/0/weight");
    }

    @Test
    void subMillisecondEventTimesBuildAndVerifyInV2() {
        JsonObject e = event("\"bizStep\":\"receiving\"," + quantity("5")).without("eventTime");
        String json = new String(io.trazo.ledger.encoding.Jcs.canonicalize(e), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"eventTime\":\"2026-03-01T10:00:00.1234567+02:00\",");
        JsonObject precise = (JsonObject) StrictJson.parseRecord(json.getBytes(StandardCharsets.UTF_8));
        byte[] record = ConformanceCorpus.record(precise, EpcisEvents.eventHashId(precise, "", ProtocolVersion.V2), ProtocolVersion.V2);
        assertThat(new String(record, StandardCharsets.UTF_8)).contains("\"time\":\"2026-03-01T08:00:00.123456700Z\"");
        assertThat(ledger.verify(record).reason()).isEmpty();
        // a v1 record time holds milliseconds, so it cannot equal this eventTime (§14: TIME_MISMATCH, once INVALID_FIELD)
        assertThat(outcome(precise, ProtocolVersion.V1)).contains("TIME_MISMATCH /time");
    }

    @Test
    void aV2RecordTimeHasOneSpellingPerInstant() {
        byte[] record = ConformanceCorpus.record(event("\"bizStep\":\"receiving\"," + quantity("5")),
                EpcisEvents.eventHashId(event("\"bizStep\":\"receiving\"," + quantity("5")), "", ProtocolVersion.V2), ProtocolVersion.V2);
        String padded = new String(record, StandardCharsets.UTF_8).replace("08:00:00.000Z", "08:00:00.000000Z");
        assertThat(ledger.verify(padded.getBytes(StandardCharsets.UTF_8)).reason().map(f -> f.code().name() + " " + f.path()))
                .contains("INVALID_FIELD /time");
    }

    @Test
    void theEventsOwnContextIsHashedSoEventIdIsTheGs1HashOfTheDocumentsEvent() {
        String document = "{\"@context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\","
                + "{\"ex\":\"https://example.org/ns/\"}],\"type\":\"EPCISDocument\",\"epcisBody\":{\"eventList\":["
                + new String(io.trazo.ledger.encoding.Jcs.canonicalize(event("\"bizStep\":\"receiving\",\"ex:temp\":\"cool\","
                        + quantity("5"))), StandardCharsets.UTF_8) + "]}}";
        JsonObject doc = (JsonObject) StrictJson.parseRecord(document.getBytes(StandardCharsets.UTF_8));
        String gs1 = EventHashId.computeAll(doc).get(0);
        JsonObject e = ConformanceCorpus.withDocumentContext(doc, (JsonObject) ConformanceCorpus.events(doc).get(0));
        assertThat(EpcisEvents.eventHashId(e, "", ProtocolVersion.V2)).isEqualTo(gs1);
        assertThat(EpcisEvents.eventHashId(e.without("@context"), "", ProtocolVersion.V1)).isNotEqualTo(gs1);
        assertThat(outcome(e, ProtocolVersion.V2)).isEmpty();
        assertThat(outcome(e, ProtocolVersion.V1)).contains("INVALID_EPCIS /body/event/@context");
    }

    @Test
    void theTrazoPrefixCannotBeRedefined() {
        assertThat(outcome(event("\"@context\":{\"trazo\":\"https://evil.example/\"},\"bizStep\":\"receiving\"," + quantity("5")),
                ProtocolVersion.V2)).contains("INVALID_EVENT_CONTEXT /body/event/@context");
    }

    @Test
    void anEmbeddedCbvHashEventIdMustBeTheEventsHash() {
        JsonObject plain = event("\"bizStep\":\"receiving\"," + quantity("5"));
        String hash = EpcisEvents.eventHashId(plain, "", ProtocolVersion.V2);
        assertThat(outcome(event("\"eventID\":\"" + hash + "\",\"bizStep\":\"receiving\"," + quantity("5")), ProtocolVersion.V2)).isEmpty();
        assertThat(outcome(event("\"eventID\":\"" + hash.replace(hash.substring(14, 20), "000000") + "\",\"bizStep\":\"receiving\","
                + quantity("5")), ProtocolVersion.V2)).contains("EVENT_ID_MISMATCH /body/event/eventID");
        assertThat(outcome(event("\"eventID\":\"urn:uuid:8e4a6b0c-1f27-4c6a-9a0e-3b6f2d1c0a99\",\"bizStep\":\"receiving\","
                + quantity("5")), ProtocolVersion.V2)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"shipping", "urn:epcglobal:cbv:bizstep:shipping", "http://ref.gs1.org/cbv/BizStep-shipping",
        "https://ref.gs1.org/cbv/BizStep-shipping", "cbv:BizStep-shipping"})
    void everySpellingOfACbvStepIsTheSameStep(String spelling) {
        JsonObject e = event("\"bizStep\":\"" + spelling + "\"," + quantity("5"));
        assertThat(outcome(e, ProtocolVersion.V2)).isEmpty();
        assertThat(EpcisEvents.read(e, "", ProtocolVersion.V2).bizStep()).isEqualTo("https://ref.gs1.org/cbv/BizStep-shipping");
    }

    @Test
    void everyCbvStepHasARoleInV2ButNotInV1() {
        for (String step : List.of("sensor_reporting", "installing", "removing", "other")) {
            JsonObject e = event("\"bizStep\":\"" + step + "\"," + quantity("5"));
            assertThat(outcome(e, ProtocolVersion.V2)).as(step).isEmpty();
            assertThat(outcome(e, ProtocolVersion.V1)).as(step).contains("ROLE_NOT_PERMITTED /sigs/0");
        }
        assertThat(outcome(event("\"bizStep\":\"http://epcis.example.com/user/vocab/bizstep/exampling\"," + quantity("5")),
                ProtocolVersion.V2)).isEmpty();
        assertThat(outcome(event(quantity("5")), ProtocolVersion.V2)).isEmpty();
    }

    @Test
    void unknownCbvValuesAreRefusedWithTheirOwnCode() {
        assertThat(outcome(event("\"bizStep\":\"transforming\"," + quantity("5")), ProtocolVersion.V2))
                .contains("UNKNOWN_CBV_VALUE /body/event/bizStep");
        assertThat(outcome(event("\"bizStep\":\"shipping\",\"disposition\":\"in_transport\"," + quantity("5")), ProtocolVersion.V2))
                .contains("UNKNOWN_CBV_VALUE /body/event/disposition");
        assertThat(outcome(event("\"bizStep\":\"shipping\",\"disposition\":\"http://example.com/disp/odd\"," + quantity("5")),
                ProtocolVersion.V2)).contains("UNKNOWN_CBV_VALUE /body/event/disposition");
        assertThat(outcome(event("\"bizStep\":\"shipping\",\"disposition\":\"https://example.com/disp/odd\"," + quantity("5")),
                ProtocolVersion.V2)).isEmpty();
        assertThat(outcome(event("\"bizStep\":\"shipping\",\"sourceList\":[{\"type\":\"place\",\"source\":\"urn:epc:id:sgln:4012345.00001.0\"}],"
                + quantity("5")), ProtocolVersion.V2)).contains("UNKNOWN_CBV_VALUE /body/event/sourceList/0/type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"persistentDisposition\":{\"set\":[\"completeness_verified\"],\"unset\":[\"urn:epcglobal:cbv:disp:recalled\"]}",
            "\"persistentDisposition\":{\"set\":[\"cbv:Disp-active\",\"https://example.com/disp/quarantined\"]}",
            "\"bizTransactionList\":[{\"type\":\"po\",\"bizTransaction\":\"urn:epc:id:gdti:4012345.00001.1\"},"
                    + "{\"type\":\"urn:epcglobal:cbv:btt:inv\",\"bizTransaction\":\"urn:epc:id:gdti:4012345.00001.2\"},"
                    + "{\"type\":\"urn:gs1:epcisapp:rail:btt:passage\",\"bizTransaction\":\"urn:epc:id:gdti:4012345.00001.3\"},"
                    + "{\"bizTransaction\":\"urn:epc:id:gdti:4012345.00001.4\"}]"})
    void persistentDispositionsAndBusinessTransactionTypesInEverySpellingAreTaken(String members) {
        assertThat(outcome(event("\"bizStep\":\"shipping\"," + members + "," + quantity("5")), ProtocolVersion.V2)).isEmpty();
    }

    @Test
    void persistentDispositionsAndBusinessTransactionTypesAreCheckedLikeDispositionsAndSourceTypes() {
        assertThat(outcome(event("\"bizStep\":\"shipping\",\"persistentDisposition\":{\"set\":[\"completeness_verified\",\"in_transport\"]},"
                + quantity("5")), ProtocolVersion.V2)).contains("UNKNOWN_CBV_VALUE /body/event/persistentDisposition/set/1");
        assertThat(outcome(event("\"bizStep\":\"shipping\",\"persistentDisposition\":{\"unset\":[\"http://example.com/disp/odd\"]},"
                + quantity("5")), ProtocolVersion.V2)).contains("UNKNOWN_CBV_VALUE /body/event/persistentDisposition/unset/0");
        assertThat(outcome(event("\"bizStep\":\"shipping\",\"persistentDisposition\":{\"set\":\"recalled\"},"
                + quantity("5")), ProtocolVersion.V2)).contains("INVALID_EPCIS /body/event/persistentDisposition/set");
        assertThat(outcome(event("\"bizStep\":\"shipping\",\"bizTransactionList\":[{\"type\":\"purchase_order\","
                + "\"bizTransaction\":\"urn:epc:id:gdti:4012345.00001.1\"}]," + quantity("5")), ProtocolVersion.V2))
                .contains("UNKNOWN_CBV_VALUE /body/event/bizTransactionList/0/type");
        assertThat(outcome(event("\"bizStep\":\"shipping\",\"bizTransactionList\":[{\"type\":\"cbv:BTT-purchase\","
                + "\"bizTransaction\":\"urn:epc:id:gdti:4012345.00001.1\"}]," + quantity("5")), ProtocolVersion.V2))
                .contains("UNKNOWN_CBV_VALUE /body/event/bizTransactionList/0/type");
        assertThat(outcome(event("\"bizStep\":\"shipping\",\"bizTransactionList\":[{\"type\":\"po\"}]," + quantity("5")),
                ProtocolVersion.V2)).contains("INVALID_EPCIS /body/event/bizTransactionList/0");
        // v1 keeps its verdicts: these members were never checked there
        assertThat(outcome(event("\"bizStep\":\"shipping\",\"persistentDisposition\":{\"set\":[\"in_transport\"]},"
                + quantity("5")), ProtocolVersion.V1)).isEmpty();
    }

    @Test
    void extensionsAreNamespaced() {
        assertThat(outcome(event("\"bizStep\":\"shipping\",\"ilmd\":{\"materialType\":\"x\"}," + quantity("5")), ProtocolVersion.V2))
                .contains("UNNAMESPACED_EXTENSION /body/event/ilmd/materialType");
        assertThat(outcome(event("\"bizStep\":\"shipping\",\"colour\":\"red\"," + quantity("5")), ProtocolVersion.V2))
                .contains("UNNAMESPACED_EXTENSION /body/event/colour");
    }

    @Test
    void eventsWithoutObjectsThatAreNoObservationAndFragmentsAreRefusedByName() {
        assertThat(outcome(event("\"bizStep\":\"sensor_reporting\",\"readPoint\":{\"id\":\"urn:epc:id:sgln:4012345.00001.0\"}"),
                ProtocolVersion.V2)).contains("EVENT_WITHOUT_LOT /body/event");
        assertThat(outcome(event("\"bizStep\":\"shipping\",\"epcList\":[\"https://id.gs1.org/01/04012345123456/21/7#a\"]"),
                ProtocolVersion.V2)).contains("IDENTIFIER_WITH_QUERY /body/event/epcList/0");
    }

    @Test
    void theV1GoldenFormOfAnEventIsUntouched() {
        JsonObject e = event("\"bizStep\":\"shipping\"," + quantity("5"));
        byte[] v1 = ConformanceCorpus.record(e, EpcisEvents.eventHashId(e, ""), ProtocolVersion.V1);
        assertThat(RecordCodec.parse(v1).version()).isEqualTo(ProtocolVersion.V1);
        assertThat(ledger.verify(v1).reason()).isEmpty();
    }
}

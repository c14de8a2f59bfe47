package io.trazo.ledger.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.record.Link;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.verify.RecordReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a v2 event names (docs/protocol.md §9.2, "Objects" and "Lot-less observations"): a Digital
 * Link's query string is not part of the lot's name, and a sensor reading that names no object is an
 * observation that joins no chain. Each case is verified with the real verifier, in sets where links matter.
 */
class V2ObjectsAndObservationsTest {

    private static final String READINGS = "\"sensorElementList\":[{\"sensorMetadata\":{\"time\":\"2026-03-01T07:55:00.000Z\"},"
            + "\"sensorReport\":[{\"type\":\"Temperature\",\"value\":21.5,\"uom\":\"CEL\"}]}]";
    private static final String READ_POINT = "\"readPoint\":{\"id\":\"urn:epc:id:sgln:4012345.00001.0\"}";
    private static final String SERIAL = "https://id.gs1.org/01/04012345123456/21/7";
    private final ConformanceCorpus ledger = new ConformanceCorpus();

    private static JsonObject event(String action, String members) {
        String json = "{\"type\":\"ObjectEvent\",\"action\":\"" + action + "\",\"eventTime\":\"2026-03-01T10:00:00.000+02:00\","
                + "\"eventTimeZoneOffset\":\"+02:00\",\"bizStep\":\"inspecting\"," + members + "}";
        return (JsonObject) StrictJson.parseRecord(json.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<String> outcome(byte[] record) {
        return ledger.verify(record).reason().map(f -> f.code().name() + " " + f.path());
    }

    private static Optional<String> reason(RecordReport report) {
        return report.reason().map(f -> f.code().name() + " " + f.path());
    }

    @Test
    void aSensorReadingAtAReadPointIsAnObservationThatTouchesNoLotInV2() {
        byte[] record = ConformanceCorpus.record(event("OBSERVE", READ_POINT + "," + READINGS), ProtocolVersion.V2, List.of());
        assertThat(outcome(record)).isEmpty();
        assertThat(EventRecords.read(RecordCodec.parse(record)).event().lots()).isEmpty();
    }

    @Test
    void v1StillRefusesAnEventWithoutObjects() {
        // an integral reading, since v1 refuses a decimal one before it looks at the objects
        byte[] record = ConformanceCorpus.record(event("OBSERVE", READ_POINT + "," + READINGS.replace("21.5", "21")),
                ProtocolVersion.V1, List.of());
        assertThat(outcome(record)).contains("INVALID_EPCIS /body/event");
    }

    @Test
    void onlyAnObservationWithReadingsAtAReadPointMayNameNoObject() {
        assertThat(outcome(ConformanceCorpus.record(event("ADD", READ_POINT + "," + READINGS), ProtocolVersion.V2, List.of())))
                .contains("EVENT_WITHOUT_LOT /body/event");
        assertThat(outcome(ConformanceCorpus.record(event("OBSERVE", READ_POINT), ProtocolVersion.V2, List.of())))
                .contains("EVENT_WITHOUT_LOT /body/event");
        assertThat(outcome(ConformanceCorpus.record(event("OBSERVE", READ_POINT + ",\"sensorElementList\":[]"), ProtocolVersion.V2,
                List.of()))).contains("EVENT_WITHOUT_LOT /body/event");
        assertThat(outcome(ConformanceCorpus.record(event("OBSERVE", READINGS), ProtocolVersion.V2, List.of())))
                .contains("EVENT_WITHOUT_LOT /body/event");
        assertThat(outcome(ConformanceCorpus.record(event("OBSERVE", "\"bizLocation\":{\"id\":\"urn:epc:id:sgln:4012345.00001.0\"},"
                + READINGS), ProtocolVersion.V2, List.of()))).as("a business location is not where a reading was taken")
                .contains("EVENT_WITHOUT_LOT /body/event");
    }

    @Test
    void anObservationCarriesNoLinkSoItCannotJoinOrForkALotsChain() {
        byte[] opening = ConformanceCorpus.record(event("ADD", "\"epcList\":[\"" + SERIAL + "\"]"), ProtocolVersion.V2, List.of());
        byte[] observation = ConformanceCorpus.record(event("OBSERVE", READ_POINT + "," + READINGS), ProtocolVersion.V2,
                List.of(new Link(SERIAL, RecordCodec.parse(opening).hash())));
        List<RecordReport> reports = ledger.verifyAll(List.of(opening, observation));
        assertThat(reason(reports.get(0))).isEmpty();
        assertThat(reason(reports.get(1))).contains("LINK_UNTOUCHED_LOT /links");
    }

    @Test
    void aDigitalLinkWithAQueryNamesTheLotOfItsPathAndTheChainContinuesUnderThatName() {
        byte[] opening = ConformanceCorpus.record(event("ADD", "\"epcList\":[\"" + SERIAL + "?17=261231&abc=1\"]"),
                ProtocolVersion.V2, List.of());
        assertThat(EventRecords.read(RecordCodec.parse(opening)).event().lots()).containsExactly(SERIAL);
        byte[] next = ConformanceCorpus.record(event("OBSERVE", "\"epcList\":[\"" + SERIAL + "\"]"), ProtocolVersion.V2,
                List.of(new Link(SERIAL, RecordCodec.parse(opening).hash())));
        byte[] unlinked = ConformanceCorpus.record(event("DELETE", "\"epcList\":[\"" + SERIAL + "?10=B1\"]"), ProtocolVersion.V2,
                List.of());
        List<RecordReport> reports = ledger.verifyAll(List.of(opening, next, unlinked));
        assertThat(reason(reports.get(0))).isEmpty();
        assertThat(reason(reports.get(1))).isEmpty();
        assertThat(reason(reports.get(2))).contains("LINK_MISSING /links");
    }

    @Test
    void twoSpellingsOfOneLotInOneEventAreOneObjectTwice() {
        assertThat(outcome(ConformanceCorpus.record(event("OBSERVE", "\"epcList\":[\"" + SERIAL + "\",\"" + SERIAL + "?17=261231\"]"),
                ProtocolVersion.V2, List.of()))).contains("INVALID_EPCIS /body/event/epcList/1");
    }

    @Test
    void fragmentsAndQueriesOutsideADigitalLinkAreStillRefused() {
        assertThat(outcome(ConformanceCorpus.record(event("OBSERVE", "\"epcList\":[\"" + SERIAL + "#x\"]"), ProtocolVersion.V2,
                List.of()))).contains("IDENTIFIER_WITH_QUERY /body/event/epcList/0");
        assertThat(outcome(ConformanceCorpus.record(event("OBSERVE", "\"epcList\":[\"urn:epc:id:sgtin:4012345.011111.9876?x=1\"]"),
                ProtocolVersion.V2, List.of()))).contains("IDENTIFIER_WITH_QUERY /body/event/epcList/0");
    }

    @Test
    void v1KeepsRefusingADigitalLinkWithAQuery() {
        assertThat(outcome(ConformanceCorpus.record(event("OBSERVE", "\"epcList\":[\"" + SERIAL + "?17=261231\"]"),
                ProtocolVersion.V1, List.of()))).contains("INVALID_EPCIS /body/event/epcList/0");
    }

    @Test
    void aDigitalLinkKeyInItsShortNameHasTheSameOwnerAsItsApplicationIdentifier() {
        assertThat(io.trazo.ledger.registry.LotNamespaces.candidates("https://example.com/gtin/04012345123456/21/7"))
                .isEqualTo(io.trazo.ledger.registry.LotNamespaces.candidates(SERIAL)).contains("gs1:4012345");
    }
}

package io.trazo.ledger.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventHashIdTest {

    private static final String CONTEXT = "\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\","
            + " {\"ex\": \"https://ns.example.com/epcis/\"}, {\"zz\": \"http://a.example/\"}]";

    private static JsonObject json(String text) {
        return (JsonObject) EpcisHashVectors.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject document(String events) {
        return json("{" + CONTEXT + ", \"type\": \"EPCISDocument\", \"epcisBody\": {\"eventList\": [" + events + "]}}");
    }

    private static String preHashOfOnlyEvent(JsonObject document) {
        JsonObject event = (JsonObject) EventHashId.eventList(document).get(0);
        return EventHashId.preHash(event, JsonContext.fromDocument(document));
    }

    @Test
    void theIdIsTheNiUriOfTheSha256OfThePreHash() {
        assertThat(EventHashId.ofPreHash("abc"))
                .isEqualTo("ni:///sha-256;ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad?ver=CBV2.0");
    }

    @Test
    void userExtensionsAreWrittenWithTheirNamespaceAndSortedByCodePointAtTheEnd() {
        JsonObject document = document("{\"type\": \"ObjectEvent\", \"eventTime\": \"2020-01-01T00:00:00Z\","
                + " \"ex:b\": {\"ex:y\": \"2\", \"ex:x\": [\"3\", \"1\"]}, \"zz:a\": \"v\", \"ex:a\": \"1.50\","
                + " \"undeclared:k\": \"w\", \"action\": \"OBSERVE\", \"ilmd\": {\"ex:lot\": \"L1\"}}");

        assertThat(preHashOfOnlyEvent(document)).isEqualTo("eventType=ObjectEventeventTime=2020-01-01T00:00:00.000Z"
                + "action=OBSERVE"
                + "ilmd{https://ns.example.com/epcis/}lot=L1"
                + "undeclared:k=w"
                + "{http://a.example/}a=v"
                + "{https://ns.example.com/epcis/}a=1.5"
                + "{https://ns.example.com/epcis/}b{https://ns.example.com/epcis/}x=1{https://ns.example.com/epcis/}x=3"
                + "{https://ns.example.com/epcis/}y=2");
    }

    @Test
    void memberOrderAndRepresentationDoNotChangeTheId() {
        JsonObject a = document("{\"type\": \"ObjectEvent\", \"eventTime\": \"2020-01-01T01:00:00+01:00\","
                + " \"eventTimeZoneOffset\": \"+01:00\", \"bizStep\": \"shipping\","
                + " \"epcList\": [\"urn:epc:id:sgtin:4012345.011111.2\", \"urn:epc:id:sgtin:4012345.011111.1\"],"
                + " \"action\": \"OBSERVE\", \"readPoint\": {\"id\": \"urn:epc:id:sgln:4012345.00005.0\"}}");
        JsonObject b = document("{\"readPoint\": {\"id\": \"https://id.gs1.org/414/4012345000054\"}, \"action\": \"OBSERVE\","
                + " \"epcList\": [\"https://id.gs1.org/01/04012345111118/21/1\", \"https://example.com/01/04012345111118/21/2\"],"
                + " \"bizStep\": \"urn:epcglobal:cbv:bizstep:shipping\", \"eventTimeZoneOffset\": \"+01:00\","
                + " \"eventTime\": \"2020-01-01T00:00:00.000Z\", \"type\": \"ObjectEvent\", \"eventID\": \"urn:uuid:1\"}");

        assertThat(EventHashId.computeAll(a)).isEqualTo(EventHashId.computeAll(b));
    }

    @Test
    void aBareValueInAnExtensionIsExpandedWhenTheEventUsesItAsAVocabularyValue() {
        JsonObject document = document("{\"type\": \"ObjectEvent\", \"eventTime\": \"2020-01-01T00:00:00Z\","
                + " \"bizStep\": \"shipping\", \"ex:step\": \"shipping\"}");

        assertThat(preHashOfOnlyEvent(document)).endsWith(
                "{https://ns.example.com/epcis/}step=https://ref.gs1.org/cbv/BizStep-shipping");
    }

    @Test
    void businessTransactionsWriteTheirTypeBeforeTheirIdentifier() {
        JsonObject document = document("{\"type\": \"ObjectEvent\", \"eventTime\": \"2020-01-01T00:00:00Z\","
                + " \"bizTransactionList\": [{\"bizTransaction\": \"urn:epcglobal:cbv:bt:4012345000009:1\", \"type\": \"po\"}]}");

        assertThat(preHashOfOnlyEvent(document)).endsWith(
                "bizTransactionListtype=https://ref.gs1.org/cbv/BTT-pobizTransaction=urn:epcglobal:cbv:bt:4012345000009:1");
    }

    @Test
    void contextFromDocumentReadsOnlyInlinePrefixes() {
        JsonContext context = JsonContext.fromDocument(document(""));

        assertThat(context.prefixes()).isEqualTo(Map.of("ex", "https://ns.example.com/epcis/", "zz", "http://a.example/"));
        assertThat(JsonContext.fromDocument(json("{\"@context\": \"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"}")))
                .isEqualTo(JsonContext.EPCIS_DEFAULT_ONLY);
    }

    @Test
    void anEventWithoutEventTimeIsRefusedNamingTheField() {
        JsonObject event = json("{\"type\": \"ObjectEvent\", \"action\": \"OBSERVE\"}");

        assertThatThrownBy(() -> EventHashId.compute(event, JsonContext.EPCIS_DEFAULT_ONLY))
                .isInstanceOfSatisfying(EventHashException.class, e -> {
                    assertThat(e.reason()).isEqualTo(EventHashException.Reason.MISSING_FIELD);
                    assertThat(e.field()).isEqualTo("eventTime");
                })
                .hasMessage("cannot hash EPCIS event: required field 'eventTime' is missing");
    }

    @Test
    void anEventWithoutTypeIsRefusedNamingTheField() {
        JsonObject event = json("{\"eventTime\": \"2020-01-01T00:00:00Z\"}");

        assertThatThrownBy(() -> EventHashId.preHash(event, JsonContext.EPCIS_DEFAULT_ONLY))
                .isInstanceOf(EventHashException.class)
                .hasMessage("cannot hash EPCIS event: required field 'type' is missing");
    }

    @Test
    void anEventThatIsNotAnObjectIsRefusedWithItsPosition() {
        JsonObject document = document("{\"type\": \"ObjectEvent\", \"eventTime\": \"2020-01-01T00:00:00Z\"}, [1]");

        assertThatThrownBy(() -> EventHashId.computeAll(document))
                .isInstanceOfSatisfying(EventHashException.class,
                        e -> assertThat(e.reason()).isEqualTo(EventHashException.Reason.NOT_AN_OBJECT))
                .hasMessage("cannot hash EPCIS event at index 1: expected a JSON object, found array");
    }

    @Test
    void anUnreadableEventTimeIsRefused() {
        JsonObject event = json("{\"type\": \"ObjectEvent\", \"eventTime\": \"last tuesday\"}");

        assertThatThrownBy(() -> EventHashId.compute(event, JsonContext.EPCIS_DEFAULT_ONLY))
                .isInstanceOf(EventHashException.class)
                .hasMessage("cannot hash EPCIS event: field 'eventTime' must be an xsd:dateTime, found 'last tuesday'");
    }

    @Test
    void nullsAndNestedArraysAreUnsupportedConstructs() {
        JsonValue withNull = json("{\"type\": \"ObjectEvent\", \"eventTime\": \"2020-01-01T00:00:00Z\", \"readPoint\": {\"id\": null}}");
        JsonValue nested = json("{\"type\": \"ObjectEvent\", \"eventTime\": \"2020-01-01T00:00:00Z\", \"ex:a\": [[1]]}");

        assertThatThrownBy(() -> EventHashId.compute(withNull, JsonContext.EPCIS_DEFAULT_ONLY))
                .hasMessage("cannot hash EPCIS event: field 'readPoint/id' uses an unsupported construct: null");
        assertThatThrownBy(() -> EventHashId.compute(nested, JsonContext.EPCIS_DEFAULT_ONLY))
                .hasMessage("cannot hash EPCIS event: field 'ex:a' uses an unsupported construct: "
                        + "array nested directly in an array");
    }

    @Test
    void aDocumentWithoutEventListIsRefused() {
        assertThatThrownBy(() -> EventHashId.computeAll(json("{\"epcisBody\": {}}")))
                .isInstanceOfSatisfying(EventHashException.class,
                        e -> assertThat(e.reason()).isEqualTo(EventHashException.Reason.NO_EVENT_LIST));
    }
}

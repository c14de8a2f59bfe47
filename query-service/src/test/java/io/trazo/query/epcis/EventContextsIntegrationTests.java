package io.trazo.query.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.event.EpcisDocuments;
import io.trazo.ledger.event.EpcisEvents;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.query.SeededLedger;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Events signed with their own contexts, as an EPCIS client gets them (docs/operations.md, EPCIS
 * queries): each served event re-hashes (CBV 2.0, ledger-core's hasher, with the document's context
 * then its own) to its record's eventId, in a query document and alone; and an extension field is found
 * by its namespace IRI, under whatever prefix an event binds to it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EventContextsIntegrationTests {

    private static final List<String> EVENT_IDS = new ArrayList<>();
    private static final StrictJson JSON = new StrictJson(new StrictJson.Limits(1 << 22, 64));
    private static final SeededLedger LEDGER = SeededLedger.empty("trazo-contexts-");

    static {
        ContextEvents.append(LEDGER.store()).forEach(w -> EVENT_IDS.add(EventRecords.read(RecordCodec.parse(w)).eventId()));
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        LEDGER.register(registry);
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void everyEventOfAQueryDocumentRehashesToItsRecordsEventId() {
        JsonObject document = document(get("/events"));
        List<String> hashes = eventList(document).stream().map(e -> hash(document, e)).toList();
        assertThat(hashes).containsExactlyInAnyOrderElementsOf(EVENT_IDS);
    }

    @Test
    void aDocumentMixingAV1EventAndAV2EventThatDoesNotDeclareTrazoKeepsBothHashes() {
        JsonObject document = document(get("/events?MATCH_anyEPCClass=" + enc("urn:trazo:lot:exporter:ctx-d|urn:trazo:lot:exporter:ctx-v")));
        assertThat(eventList(document)).hasSize(2).allSatisfy(e -> assertThat(EVENT_IDS).contains(hash(document, e)));
    }

    @Test
    void everyEventServedAloneRehashesToItsEventId() {
        for (String id : EVENT_IDS) {
            JsonObject one = document(get("/events/" + enc(id)));
            assertThat(EpcisEvents.eventHashId(one, "", ProtocolVersion.V2)).as(id).isEqualTo(id);
        }
    }

    @Test
    void anExtensionFieldIsFoundByItsNamespaceUnderAnyPrefix() {
        assertThat(temperatures("EQ_" + enc(ContextEvents.EXAMPLE + "#temperature") + "=21")).containsExactly("21");
        assertThat(temperatures("EXISTS_" + enc(ContextEvents.EXAMPLE + "#temperature"))).containsExactlyInAnyOrder("21", "25");
        assertThat(temperatures("GE_ex:temperature=0", "GS1-Extensions", "ex=" + ContextEvents.EXAMPLE))
                .containsExactlyInAnyOrder("21", "25");
        assertThat(temperatures("GE_example:temperature=0", "GS1-Extensions", "x=urn:x:, example=https://ns.elsewhere.org/"))
                .containsExactly("30");
        assertThat(temperatures("EQ_ex:temperature=30", "GS1-Extensions", "ex=" + ContextEvents.EXAMPLE)).isEmpty();
        assertThat(temperatures("EXISTS_" + enc(ContextEvents.EXAMPLE + "#humidity"))).isEmpty();
        assertThat(get("/events?EXISTS_ex:temperature").getStatusCode().value()).isEqualTo(400);
    }

    private List<String> temperatures(String query, String... headers) {
        ResponseEntity<String> r = get("/events?" + query, headers);
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        for (JsonObject e : eventList(document(r))) {
            e.members().forEach((k, v) -> {
                if (k.endsWith(":temperature")) {
                    out.add(((JsonNumber) v).value().toPlainString());
                }
            });
        }
        return out;
    }

    /** The event's CBV 2.0 hash as a GS1 client computes it from the document: the document's context, then the event's own. */
    private static String hash(JsonObject document, JsonObject event) {
        return EpcisEvents.eventHashId(EpcisDocuments.withDocumentContext(document, event), "", ProtocolVersion.V2);
    }

    private static List<JsonObject> eventList(JsonObject document) {
        JsonValue body = document.get("epcisBody").orElseThrow();
        JsonObject results = (JsonObject) ((JsonObject) ((JsonObject) body).get("queryResults").orElseThrow()).get("resultsBody").orElseThrow();
        return ((JsonArray) results.get("eventList").orElseThrow()).elements().stream().map(JsonObject.class::cast).toList();
    }

    private static JsonObject document(ResponseEntity<String> r) {
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
        return (JsonObject) JSON.parse(r.getBody().getBytes(StandardCharsets.UTF_8));
    }

    private ResponseEntity<String> get(String pathAndQuery, String... headers) {
        RestClient.RequestHeadersSpec<?> spec = RestClient.builder().defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { })
                .build().get().uri(URI.create("http://127.0.0.1:" + port + pathAndQuery));
        for (int i = 0; i < headers.length; i += 2) {
            spec = spec.header(headers[i], headers[i + 1]);
        }
        return spec.retrieve().toEntity(String.class);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

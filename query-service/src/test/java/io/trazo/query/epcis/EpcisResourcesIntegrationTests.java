package io.trazo.query.epcis;

import static io.trazo.demo.CoffeeJourney.CONTAINER;
import static io.trazo.demo.CoffeeJourney.PLOT_WOMEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The REST binding around the query: single events, top-level resources, discovery, negotiation, errors. */
class EpcisResourcesIntegrationTests extends SeededJourney {

    private ResponseEntity<String> call(HttpMethod method, String path) {
        return RestClient.builder().defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build().method(method)
                .uri(java.net.URI.create("http://127.0.0.1:" + port + path)).retrieve().toEntity(String.class);
    }

    @Test
    void anEventIsServedByItsHashIdWithContextAndRecordTime() {
        String id = get("/events?EQ_bizStep=shipping&LT_eventTime=2026-11-01T00:00:00Z").getBody().replaceAll("(?s).*\"eventID\":\"([^\"]+)\".*", "$1");
        assertThat(id).startsWith("ni:///sha-256;");
        ResponseEntity<String> one = get("/events/" + enc(id));
        assertThat(events(one)).containsExactly(SHIP);
        assertThat(one.getBody()).contains("\"@context\"", "\"recordTime\"", "\"eventID\":\"" + id + "\"");
        ResponseEntity<String> none = get("/events/" + enc("ni:///sha-256;" + "0".repeat(64) + "?ver=CBV2.0"));
        assertThat(none.getStatusCode().value()).isEqualTo(404);
        assertThat(none.getBody()).contains("\"type\":\"epcisException:NoSuchResourceException\"");
    }

    @Test
    void eachTopLevelResourceListsItsValuesAndTheirEvents() {
        assertThat(get("/").getBody()).contains("\"type\":\"Collection\"", "\"events\"", "\"bizSteps\"", "\"epcs\"");
        assertThat(get("/eventTypes").getBody()).contains("\"ObjectEvent\"", "\"TransformationEvent\"");
        assertThat(get("/epcs").getBody()).contains("\"member\":[\"" + CONTAINER + "\",\"" + ExtraEvents.PALLET + "\"]");
        assertThat(get("/bizSteps").getBody()).contains("https://ref.gs1.org/cbv/BizStep-shipping", "https://ns.trazo.dev/voc/BizStep-roasting");
        assertThat(get("/dispositions").getBody()).contains("https://ref.gs1.org/cbv/Disp-in_transit");
        assertThat(get("/readPoints").getBody()).contains("urn:epc:id:sgln:7709876.00001.BUN", "urn:epc:id:sgln:0614141.00001.OAK");
        assertThat(get("/bizLocations").getBody()).contains(PLOT_WOMEN);
        assertThat(events(get("/eventTypes/AggregationEvent/events"))).containsExactlyInAnyOrder(PACK, UNPACK);
        assertThat(events(get("/epcs/" + CONTAINER + "/events"))).containsExactlyInAnyOrder(PACK, SHIP, OAK, CUSTOMS, UNPACK);
        assertThat(events(get("/bizSteps/shipping/events"))).containsExactlyInAnyOrder(SHIP, X_SHIP);
        assertThat(events(get("/dispositions/in_progress/events"))).containsExactly(OAK);
        assertThat(events(get("/readPoints/urn:epc:id:sgln:7709876.00001.BUN/events"))).containsExactly(SHIP);
        assertThat(events(get("/bizLocations/" + PLOT_WOMEN + "/events"))).containsExactly(H1);
        assertThat(events(get("/bizSteps/receiving/events?EQ_action=OBSERVE&GE_eventTime=2026-11-01T00:00:00Z")))
                .containsExactlyInAnyOrder(OAK, RROAST);
        assertThat(get("/bizSteps/shipping").getBody()).contains("\"member\":[\"events\"]");
        assertThat(get("/bizSteps/void_shipping").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void valueListsPageByValue() {
        ResponseEntity<String> first = get("/bizSteps?perPage=2");
        assertThat(first.getBody().split("BizStep-").length - 1).isEqualTo(2);
        String next = first.getHeaders().getFirst("Link").replaceAll("^<http://[^/]+(/[^>]*)>; rel=\"next\"$", "$1");
        ResponseEntity<String> second = get(next);
        assertThat(second.getStatusCode().value()).isEqualTo(200);
        assertThat(second.getBody()).doesNotContain(first.getBody().replaceAll("(?s).*\"member\":\\[\"([^\"]+)\".*", "$1"));
    }

    @Test
    void unknownAndMistypedParametersAreQueryParameterExceptions() {
        for (String bad : List.of("EQ_colour=red", "frobnicate=1", "EQ_action=ADD&EQ_action=DELETE", "GE_eventTime=yesterday",
                "GT_quantity=lots", "eventCountLimit=3", "orderBy=bizStep", "perPage=0", "nextPageToken=nonsense")) {
            ResponseEntity<String> r = get("/events?" + bad);
            assertThat(r.getStatusCode().value()).as(bad).isEqualTo(400);
            assertThat(r.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
            assertThat(r.getBody()).as(bad).contains("\"type\":\"epcisException:QueryParameterException\"");
        }
        assertThat(get("/bizSteps/shipping/events?EQ_colour=red").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void versionsAreNegotiatedAndUnmeetableOnesAre406() {
        ResponseEntity<String> ok = get("/events?EQ_bizStep=shipping", "GS1-EPCIS-Min", "1.2.0", "GS1-EPCIS-Max", "2.0.0");
        assertThat(ok.getStatusCode().value()).isEqualTo(200);
        assertThat(ok.getHeaders().getFirst("GS1-EPCIS-Version")).isEqualTo("2.0.0");
        assertThat(ok.getHeaders().getFirst("GS1-CBV-Version")).isEqualTo("2.0.0");
        assertThat(ok.getHeaders().getFirst("GS1-Extensions")).isEqualTo("trazo=https://ns.trazo.dev/epcis/");
        assertThat(get("/events", "GS1-EPCIS-Version", "2.0").getStatusCode().value()).isEqualTo(200);
        for (String[] h : List.of(new String[] {"GS1-EPCIS-Version", "1.2.0"}, new String[] {"GS1-EPCIS-Min", "2.1.0"},
                new String[] {"GS1-EPCIS-Max", "1.2"}, new String[] {"GS1-CBV-Min", "3.0.0"}, new String[] {"GS1-EPCIS-Version", "two"})) {
            ResponseEntity<String> r = get("/events", h);
            assertThat(r.getStatusCode().value()).as(h[0] + ": " + h[1]).isEqualTo(406);
            assertThat(r.getBody()).contains("\"type\":\"epcisException:NotAcceptableException\"");
        }
    }

    @Test
    void optionsDiscoversTheVersionsAndQueriesAre501() {
        ResponseEntity<String> options = call(HttpMethod.OPTIONS, "/events");
        assertThat(options.getStatusCode().value()).isEqualTo(204);
        assertThat(options.getHeaders().getFirst("Allow")).isEqualTo("OPTIONS, GET");
        assertThat(options.getHeaders().getFirst("GS1-EPCIS-Max")).isEqualTo("2.0.0");
        assertThat(call(HttpMethod.OPTIONS, "/").getStatusCode().value()).isEqualTo(204);
        for (HttpMethod m : List.of(HttpMethod.GET, HttpMethod.POST)) {
            ResponseEntity<String> q = call(m, "/queries");
            assertThat(q.getStatusCode().value()).isEqualTo(501);
            assertThat(q.getBody()).contains("https://trazo.dev/problems/named-queries-not-implemented", "subscriptions");
        }
        assertThat(get("/v3/api-docs").getBody()).contains("/events/{eventID}", "QueryParameterException", "MATCH_anyEPCClass",
                "/{resource}/{value}/events");
    }
}

package io.trazo.query.epcis;

import static io.trazo.demo.CoffeeJourney.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Every SimpleEventQuery parameter the journey's data can show, against the set of events worked out by
 * hand from {@code CoffeeJourney}. Events are named by their local eventTime (minute).
 */
class EpcisQueryIntegrationTests extends SeededJourney {

    List<String> query(String q) {
        return events(get("/events?" + q));
    }

    @Test
    void withoutParametersEveryEventIsReturnedEachWithARecordTimeAndAnEventId() {
        ResponseEntity<String> r = get("/events");
        assertThat(events(r)).containsExactlyInAnyOrderElementsOf(ALL);
        assertThat(r.getBody().split("\"recordTime\"").length - 1).isEqualTo(19);
        assertThat(r.getBody().split("\"eventID\"").length - 1).isEqualTo(19);
    }

    @Test
    void eventTypeActionBizStepAndDisposition() {
        assertThat(query("eventType=AggregationEvent%7CTransactionEvent")).containsExactlyInAnyOrder(PACK, UNPACK, SALE);
        assertThat(query("eventType=ex:CustomEvent")).isEmpty();
        assertThat(query("EQ_action=DELETE")).containsExactly(UNPACK);
        assertThat(query("EQ_action=ADD")).containsExactlyInAnyOrder(H1, H2, PACK, SALE);
        assertThat(query("EQ_bizStep=receiving%7Cshipping")).containsExactlyInAnyOrder(R1, R2, REX, SHIP, OAK, RROAST, X_SHIP);
        assertThat(query("EQ_bizStep=" + enc("urn:epcglobal:cbv:bizstep:shipping"))).containsExactlyInAnyOrder(SHIP, X_SHIP);
        assertThat(query("EQ_bizStep=harvesting")).containsExactlyInAnyOrder(H1, H2);
        assertThat(query("EQ_disposition=in_transit%7Cretail_sold")).containsExactlyInAnyOrder(SHIP, SALE);
        assertThat(query("EQ_disposition=" + enc("https://ref.gs1.org/cbv/Disp-in_progress"))).containsExactly(OAK);
    }

    @Test
    void eventTimeAndRecordTimeRanges() {
        assertThat(query("GE_eventTime=2026-11-01T00:00:00Z&LT_eventTime=2026-11-17T18:00:00Z")).containsExactlyInAnyOrder(OAK, CUSTOMS,
                UNPACK);
        assertThat(query("GE_eventTime=" + enc("2026-11-17T10:00:00-08:00"))).containsExactlyInAnyOrder(RROAST, ROAST, COMM, SALE, X_SHIP,
                X_SENSOR);
        assertThat(query("GE_recordTime=" + BEFORE_FILL)).containsExactlyInAnyOrderElementsOf(ALL);
        assertThat(query("LT_recordTime=" + BEFORE_FILL)).isEmpty();
    }

    @Test
    void readPointsAndBusinessLocationsWithAndWithoutDescendants() {
        assertThat(query("EQ_readPoint=urn:epc:id:sgln:7709876.00001.BUN")).containsExactly(SHIP);
        assertThat(query("WD_readPoint=urn:epc:id:sgln:0614141.00001.OAK")).containsExactly(OAK);
        assertThat(query("EQ_bizLocation=" + PLOT_WOMEN)).containsExactly(H1);
        assertThat(query("WD_bizLocation=" + PLOT_ORGANIC + "%7C" + PLOT_WOMEN)).containsExactlyInAnyOrder(H1, H2);
    }

    @Test
    void everyMatchParameterSelectsItsOwnRole() {
        assertThat(query("MATCH_epc=" + CONTAINER)).containsExactlyInAnyOrder(SHIP, OAK, CUSTOMS);
        assertThat(query("MATCH_parentID=" + CONTAINER)).containsExactlyInAnyOrder(PACK, UNPACK);
        assertThat(query("MATCH_anyEPC=" + CONTAINER)).containsExactlyInAnyOrder(SHIP, OAK, CUSTOMS, PACK, UNPACK);
        assertThat(query("MATCH_inputEPC=" + CONTAINER)).isEmpty();
        assertThat(query("MATCH_outputEPC=" + CONTAINER)).isEmpty();
        assertThat(query("MATCH_epcClass=" + GREEN_BAG_3)).containsExactlyInAnyOrder(PACK, UNPACK);
        assertThat(query("MATCH_inputEPCClass=" + PARCHMENT)).containsExactly(MILL);
        assertThat(query("MATCH_outputEPCClass=" + PARCHMENT)).containsExactly(WET);
        assertThat(query("MATCH_anyEPCClass=" + PARCHMENT)).containsExactlyInAnyOrder(WET, DRY, REX, MILL);
        String bags = enc("urn:epc:idpat:sgtin:7709876.054321.*");
        assertThat(query("MATCH_epcClass=" + bags)).containsExactlyInAnyOrder(PACK, UNPACK, RROAST);
        assertThat(query("MATCH_anyEPCClass=" + bags)).containsExactlyInAnyOrder(PACK, UNPACK, RROAST, MILL, ROAST);
        assertThat(query("MATCH_anyEPC=" + enc("urn:epc:idpat:sscc:7709876.*"))).containsExactlyInAnyOrder(SHIP, OAK, CUSTOMS, PACK,
                UNPACK, X_SHIP, X_SENSOR);
        assertThat(query("MATCH_epc=" + ExtraEvents.PALLET + "%7C" + CONTAINER)).containsExactlyInAnyOrder(SHIP, OAK, CUSTOMS, X_SHIP,
                X_SENSOR);
    }

    @Test
    void quantitiesInAnyOrOneUnit() {
        assertThat(query("EQ_quantity=446")).containsExactlyInAnyOrder(WET, DRY, REX, MILL);
        assertThat(query("GT_quantity=1000")).containsExactlyInAnyOrder(H1, R1, WET);
        assertThat(query("GE_quantity=900&LT_quantity=1000")).containsExactlyInAnyOrder(H2, R2, WET);
        assertThat(query("GE_quantity_H87=350")).containsExactly(COMM);
        assertThat(query("LE_quantity=24")).containsExactly(SALE);
        assertThat(query("LT_quantity_KGM=24")).isEmpty();
    }

    @Test
    void ilmdAndExtensionFields() {
        assertThat(query("EQ_ILMD_trazo:conversionRatio=0.47")).containsExactly(MILL);
        assertThat(query("GT_ILMD_trazo:conversionRatio=0.3")).containsExactlyInAnyOrder(MILL, ROAST);
        assertThat(query("EXISTS_ILMD_trazo:conversionRatio")).containsExactlyInAnyOrder(WET, MILL, ROAST);
        assertThat(query("EXISTS_trazo:conversionRatio")).isEmpty();
    }

    @Test
    void eventIdBizTransactionsAndParametersThatNoJourneyEventMeets() {
        String ship = get("/events?EQ_bizStep=shipping&LT_eventTime=2026-11-01T00:00:00Z").getBody().replaceAll("(?s).*\"eventID\":\"([^\"]+)\".*", "$1");
        assertThat(query("EQ_eventID=" + enc(ship))).containsExactly(SHIP);
        assertThat(query("EQ_bizTransaction_po=urn:trazo:po:rose-city-roasters:PO-77812")).containsExactly(SALE);
        assertThat(query("EQ_bizTransaction_bol=urn:trazo:bol:naviera-del-pacifico:NDP-BUN-2611-0042")).containsExactly(SHIP);
        assertThat(query("EQ_bizTransaction_po=urn:trazo:bol:naviera-del-pacifico:NDP-BUN-2611-0042")).isEmpty();
        for (String none : List.of("EXISTS_errorDeclaration", "EQ_errorReason=did_not_occur", "EQ_transformationID=urn:trazo:tx:1",
                "EQ_source_owning_party=urn:x:y", "EQ_persistentDisposition_set=in_transit", "HASATTR_bizLocation=urn:x:a",
                "EQ_type=gs1:Humidity")) {
            assertThat(query(none)).as(none).isEmpty();
        }
    }

    @Test
    void sourcesDestinationsPersistentDispositionsExtensionsAndSensors() {
        assertThat(query("EQ_source_owning_party=urn:epc:id:pgln:7709876.00001")).containsExactly(X_SHIP);
        assertThat(query("EQ_source_location=urn:epc:id:pgln:7709876.00001")).isEmpty();
        assertThat(query("EQ_destination_location=urn:epc:id:sgln:0614141.00001.OAK")).containsExactly(X_SHIP);
        assertThat(query("EQ_persistentDisposition_set=" + enc("https://ref.gs1.org/cbv/Disp-completeness_verified")))
                .containsExactly(X_SHIP);
        assertThat(query("EQ_persistentDisposition_unset=completeness_verified")).isEmpty();
        assertThat(query("EXISTS_trazo:lab")).containsExactly(X_SHIP);
        assertThat(query("EQ_INNER_trazo:grade=specialty")).containsExactly(X_SHIP);
        assertThat(query("EQ_trazo:grade=specialty")).isEmpty();
        assertThat(query("EXISTS_sensorElementList")).containsExactly(X_SENSOR);
        assertThat(query("EQ_type=" + enc("https://gs1.org/voc/Temperature"))).containsExactly(X_SENSOR);
        assertThat(query("EQ_deviceID=urn:epc:id:giai:7709876.1")).containsExactly(X_SENSOR);
        assertThat(query("GT_value_CEL=25")).containsExactly(X_SENSOR);
        assertThat(query("GT_value_CEL=26")).isEmpty();
        assertThat(query("GE_time=" + enc("2026-12-01T09:00:00-05:00"))).containsExactly(X_SENSOR);
        assertThat(query("LT_time=" + enc("2026-12-01T09:00:00-05:00"))).isEmpty();
    }

    @Test
    void orderByDirectionAndEventCountLimit() {
        assertThat(query("orderBy=eventTime&orderDirection=ASC&eventCountLimit=2")).containsExactly(H1, R1);
        assertThat(query("orderBy=eventTime&eventCountLimit=1")).containsExactly(X_SENSOR);
        assertThat(query("EQ_bizStep=receiving&orderBy=eventTime&orderDirection=DESC")).containsExactly(RROAST, OAK, REX, R2, R1);
        assertThat(query("orderBy=recordTime&orderDirection=ASC")).hasSize(19);
    }

    @Test
    void maxEventCountRaisesQueryTooLargeWhenExceeded() {
        ResponseEntity<String> tooMany = get("/events?EQ_bizStep=receiving&maxEventCount=4");
        assertThat(tooMany.getStatusCode().value()).isEqualTo(413);
        assertThat(tooMany.getBody()).contains("\"type\":\"epcisException:QueryTooLargeException\"");
        assertThat(query("EQ_bizStep=receiving&maxEventCount=5")).hasSize(5);
    }

    @Test
    void pagesFollowTheLinkHeaderAndAnEventCountLimitSpansPages() {
        List<String> seen = new ArrayList<>();
        String next = "/events?MATCH_anyEPC=" + CONTAINER + "&perPage=2";
        int pages = 0;
        while (next != null) {
            ResponseEntity<String> r = get(next);
            seen.addAll(events(r));
            pages++;
            String link = r.getHeaders().getFirst("Link");
            next = link == null ? null : link.replaceAll("^<http://[^/]+(/[^>]*)>; rel=\"next\"$", "$1");
        }
        assertThat(seen).containsExactly(PACK, SHIP, OAK, CUSTOMS, UNPACK);
        assertThat(pages).isEqualTo(3);
        ResponseEntity<String> first = get("/events?orderBy=eventTime&orderDirection=ASC&eventCountLimit=3&perPage=2");
        assertThat(events(first)).containsExactly(H1, R1);
        String link = first.getHeaders().getFirst("Link").replaceAll("^<http://[^/]+(/[^>]*)>; rel=\"next\"$", "$1");
        ResponseEntity<String> second = get(link);
        assertThat(events(second)).containsExactly(H2);
        assertThat(second.getHeaders().getFirst("Link")).isNull();
    }
}

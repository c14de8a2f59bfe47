package io.trazo.query.location;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.provenance.JourneyPlaces;
import io.trazo.query.SeededLedger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GLNs resolve to the place their company prefix's owner signed, by themselves and in a lot's journey. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LocationsIntegrationTests {

    private static final SeededLedger LEDGER = SeededLedger.journey("trazo-locations-");

    static {
        JourneyPlaces.add(LEDGER.store());
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        LEDGER.register(registry);
    }

    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return JsonMapper.builder().build().readTree(r.body());
    }

    @Test
    void aGlnsPlaceIsTheRecordOfItsPrefixOwnerAndAnotherActorsRecordIsListedButNeverItsPlace() throws Exception {
        JsonNode buenaventura = json("/locations/" + JourneyPlaces.BUENAVENTURA);
        assertThat(buenaventura.path("place").path("name").asString()).isEqualTo("Terminal de Contenedores de Buenaventura");
        assertThat(buenaventura.path("place").path("owner").asString()).isEqualTo("urn:trazo:actor:exportadora-andina");
        assertThat(buenaventura.path("place").path("coordinates").toString()).isEqualTo("[\"-77.0697\",\"3.8801\"]");
        assertThat(buenaventura.path("place").path("speaksForGln").asBoolean()).isTrue();
        assertThat(buenaventura.path("records")).hasSize(2);
        JsonNode other = buenaventura.path("records").get(1);
        assertThat(other.path("owner").asString()).isEqualTo("urn:trazo:actor:naviera-del-pacifico");
        assertThat(other.path("speaksForGln").asBoolean()).as("the carrier owns no part of gs1:7709876").isFalse();
    }

    @Test
    void anUnknownGlnIsAProblemAndAMalformedOneNamesTheParameter() throws Exception {
        HttpResponse<String> unknown = get("/locations/0614141000029");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("https://trazo.dev/problems/unknown-location", "0614141000029");
        HttpResponse<String> bad = get("/locations/61414100001");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("https://trazo.dev/problems/bad-parameter", "\"parameter\":\"gln\"");
    }

    @Test
    void theJourneyCarriesThePlaceOfEachStepWhoseReadPointNamesALocatedGln() throws Exception {
        JsonNode steps = json("/lots/" + CoffeeJourney.RETAIL + "/trace/upstream?view=journey").path("steps");
        JsonNode shipping = null;
        JsonNode arrival = null;
        int placed = 0;
        for (JsonNode s : steps) {
            if (!s.path("place").isNull() && !s.path("place").isMissingNode()) {
                placed++;
            }
            if ("urn:epc:id:sgln:7709876.00001.BUN".equals(s.path("readPoint").asString(""))) {
                shipping = s;
            }
            if ("urn:epc:id:sgln:0614141.00001.OAK".equals(s.path("readPoint").asString(""))) {
                arrival = s;
            }
        }
        assertThat(shipping).isNotNull();
        assertThat(shipping.path("place").path("locality").asString()).isEqualTo("Buenaventura");
        assertThat(shipping.path("place").path("country").asString()).isEqualTo("CO");
        assertThat(arrival.path("place").path("name").asString()).isEqualTo("Port of Oakland, Outer Harbor");
        assertThat(placed).as("only the two read points name GLNs; plots are not GLNs").isEqualTo(2);
    }

    @Test
    void theOpenApiDescriptionNamesTheLocationsRouteAndTheHeadsKeyStatus() throws Exception {
        assertThat(get("/v3/api-docs").body()).contains("/locations/{gln}", "speaksForGln", "keyStatus", "readPoint");
    }
}

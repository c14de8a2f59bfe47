package io.trazo.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.query.SeededLedger;
import java.io.IOException;
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

/** A label's GTIN and lot resolve to their lot by exact key, and Digital Link lots reach /lots/{lot} with %2F. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LotKeyIntegrationTests {

    private static final SeededLedger LEDGER = SeededLedger.journey("trazo-keys-");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        LEDGER.register(registry);
    }

    @Value("${local.server.port}")
    int port;

    /** The raw path, sent as written: RestClient would re-encode the escapes under test. */
    private HttpResponse<String> get(String rawPath) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + rawPath)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPrintedGtinAndLotFindTheRetailLotWhateverTheGtinLength() throws Exception {
        for (String gtin : new String[] {"00614141777778", "614141777778"}) {
            HttpResponse<String> r = get("/lot-keys?gtin=" + gtin + "&lot=RC1187");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"lot\":\"" + CoffeeJourney.RETAIL + "\"", "\"key\":\"01/00614141777778/10/RC1187\"");
        }
    }

    @Test
    void anUnknownLotIsAProblemNamingTheKeyAndABadCheckDigitNamesTheGtin() throws Exception {
        HttpResponse<String> unknown = get("/lot-keys?gtin=00614141777778&lot=EA%2F26");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("https://trazo.dev/problems/unknown-lot", "01/00614141777778/10/EA/26");
        HttpResponse<String> bad = get("/lot-keys?gtin=00614141777771&lot=RC1187");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("https://trazo.dev/problems/bad-parameter", "\"parameter\":\"gtin\"", "expected 8");
    }

    @Test
    void aLotsHeadIsItsLatestRecordAndAnUnknownLotHasNone() throws Exception {
        HttpResponse<String> r = get("/lots/" + CoffeeJourney.RETAIL + "/head");
        assertThat(r.statusCode()).isEqualTo(200);
        String summaryHead = get("/lots/" + CoffeeJourney.RETAIL).body().replaceAll("(?s).*\"head\":\"([0-9a-f]{64})\".*", "$1");
        assertThat(r.body()).contains("\"head\":\"" + summaryHead + "\"", "\"lotPosition\":");
        assertThat(get("/lots/urn:trazo:lot:nobody:nothing/head").statusCode()).isEqualTo(404);
    }

    @Test
    void aDigitalLinkLotWithEncodedSlashesReachesTheLotRoutes() throws Exception {
        String lot = "https:%2F%2Fid.gs1.org%2F01%2F00614141777778%2F10%2FRC1188";
        HttpResponse<String> r = get("/lots/" + lot);
        // Tomcat's own refusal would be a 400 before any route; the route answers that no such lot was written
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("https://trazo.dev/problems/unknown-lot", "https://id.gs1.org/01/00614141777778/10/RC1188");
        assertThat(get("/lots/" + lot + "/verification").body()).contains("unknown-lot");
    }
}

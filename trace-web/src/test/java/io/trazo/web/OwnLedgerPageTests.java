package io.trazo.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.provenance.JourneyPlaces;
import io.trazo.ledger.record.RecordCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The page over a ledger of its own, which the tests write to: the demo journey plus the v2 location
 * records of its two ports ({@link JourneyPlaces}). Each test holds whichever order they run in.
 */
@TraceWebTest
class OwnLedgerPageTests {

    private static final QueryStack STACK = QueryStack.own();

    static {
        JourneyPlaces.add(STACK.store());
    }

    @DynamicPropertySource
    static void query(DynamicPropertyRegistry registry) {
        registry.add("trazo.web.query-url", STACK::ownUrl);
    }

    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void revokingTheRoastersKeyAfterThePageWasCachedShowsTheFailedVerificationBannerOnTheNextView() throws Exception {
        HttpResponse<String> cached = get(LotPageIntegrationTests.RETAIL_PAGE);
        String etag = cached.headers().firstValue("ETag").orElseThrow();
        assertThat(cached.body()).contains("✓ Verified").doesNotContain("role=\"alert\"");
        assertThat(get(LotPageIntegrationTests.RETAIL_PAGE, "If-None-Match", etag).statusCode()).as("cached").isEqualTo(304);

        List<byte[]> journey = CoffeeJourney.records();
        Instant sale = RecordCodec.parse(journey.get(journey.size() - 1)).time();
        JourneyLedger.revoke(STACK.store(), DemoParties.ROASTER, sale.minusSeconds(1));

        HttpResponse<String> revalidated = get(LotPageIntegrationTests.RETAIL_PAGE, "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(200);
        assertThat(revalidated.headers().firstValue("ETag")).isPresent().isNotEqualTo(cached.headers().firstValue("ETag"));
        assertThat(revalidated.body()).contains("<p class=\"status bad\" role=\"alert\">", "did NOT pass verification")
                .doesNotContain("✓ Verified:");
        assertThat(get(LotPageIntegrationTests.RETAIL_PAGE + "?lang=es").body()).contains("NO pasó la verificación");
    }

    @Test
    void eachStepWithALocatedReadPointShowsItsPlaceInTheJourneyAndOnTheMap() throws Exception {
        String en = get(LotPageIntegrationTests.RETAIL_PAGE).body();
        String journey = en.substring(en.indexOf("id=\"journey\""), en.indexOf("id=\"certificates\""));
        assertThat(journey).contains(" · Terminal de Contenedores de Buenaventura, Buenaventura, Valle del Cauca, Colombia",
                " · Port of Oakland, Outer Harbor, Oakland, CA, United States");
        assertThat(journey).as("the carrier's location does not speak for Buenaventura's GLN").doesNotContain("Tumaco");
        String map = en.substring(en.indexOf("id=\"map-heading\""), en.indexOf("id=\"journey\""));
        assertThat(map).contains("Terminal de Contenedores de Buenaventura</span> (<span>port</span><span>, Buenaventura, Valle del Cauca</span>"
                + "<span>, Colombia</span>)");
        assertThat(map.split("class=\"mark\"", -1)).as("two plots and two ports on the map").hasSize(5);
        assertThat(map).as("a leg from port to port").contains("class=\"leg\"");
        assertThat(get(LotPageIntegrationTests.RETAIL_PAGE + "?lang=es").body()).contains("Oakland, CA, Estados Unidos");
    }
}

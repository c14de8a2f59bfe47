package io.trazo.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriUtils;

/**
 * What a page view costs query-service, counted at query's side (issue 18): a lot's first page is its page view alone,
 * one evidence walk that carries its own version; a cached one is the head alone; a lot rendered before but not in this
 * language is the head and the page view; a label's lot key is asked once. Six sequential calls per cold page, each
 * walking or verifying again, were most of a cold page's cost, and the head call before a first view was a second walk.
 */
@TraceWebTest
class PageCallsTests {

    private static final QueryStack STACK = QueryStack.own();

    @DynamicPropertySource
    static void query(DynamicPropertyRegistry registry) {
        registry.add("trazo.web.query-url", STACK::ownUrl);
    }

    @Value("${local.server.port}")
    int port;

    private List<String> callsFor(String path) throws Exception {
        int before = STACK.requests().size();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.body()).as(path + ", verified").contains("<p class=\"status ok\">");
        List<String> all = STACK.requests();
        return all.subList(before, all.size());
    }

    private static String segment(String lot) {
        return UriUtils.encodePathSegment(lot, StandardCharsets.UTF_8);
    }

    @Test
    void aColdLabelPageAsksTheLotKeyAndOnePageViewThenACachedOneOnlyTheHead() throws Exception {
        String lot = segment("urn:epc:class:lgtin:0614141.077777.RC1187");
        assertThat(callsFor(LotPageIntegrationTests.RETAIL_PAGE)).containsExactly("GET /lot-keys?gtin=00614141777778&lot=RC1187",
                "GET /lots/" + lot + "/page");
        assertThat(callsFor(LotPageIntegrationTests.RETAIL_PAGE)).as("cached, and the label's lot remembered")
                .containsExactly("GET /lots/" + lot + "/head");
        assertThat(callsFor(LotPageIntegrationTests.RETAIL_PAGE + "?lang=es")).as("cold in Spanish")
                .containsExactly("GET /lots/" + lot + "/head", "GET /lots/" + lot + "/page");
    }

    @Test
    void aColdTrazoLotPageIsOnePageView() throws Exception {
        String lot = segment(CoffeeJourney.CHERRY_ORGANIC);
        assertThat(callsFor("/lot/" + CoffeeJourney.CHERRY_ORGANIC + "?lang=en")).containsExactly("GET /lots/" + lot + "/page");
    }
}

package io.trazo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import io.trazo.web.page.LotPage;
import io.trazo.web.site.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The buyer's page over a real query service holding the demo journey. */
@TraceWebTest
class LotPageIntegrationTests {

    static final String RETAIL_PAGE = "/01/00614141777778/10/RC1187";

    @DynamicPropertySource
    static void query(DynamicPropertyRegistry registry) {
        registry.add("trazo.web.query-url", QueryStack::url);
    }

    @Value("${local.server.port}")
    int port;

    HttpResponse<String> get(String rawPath, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + rawPath));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLabelsDigitalLinkShowsTheRetailLotWithItsSectionsInTheIssuesOrder() throws Exception {
        HttpResponse<String> r = get(RETAIL_PAGE);
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body();
        assertThat(html).contains("<html lang=\"en\"", "✓ Verified", "(01)00614141777778(10)RC1187", "Organic", "Women-produced",
                "Harvested", "Roasted", "Caldas", "<svg");
        List<String> order = List.of("id=\"identity\"", "id=\"verification\"", "id=\"producer\"", "id=\"price\"", "id=\"map-heading\"",
                "id=\"journey\"", "id=\"certificates\"", "<footer");
        for (int i = 1; i < order.size(); i++) {
            assertThat(html.indexOf(order.get(i - 1))).as(order.get(i - 1) + " before " + order.get(i))
                    .isPositive().isLessThan(html.indexOf(order.get(i)));
        }
        assertThat(html).as("Thymeleaf's missing-message marker").doesNotContain("??");
        assertThat(get(RETAIL_PAGE + "?lang=es").body()).doesNotContain("??");
        assertThat(html).as("v2 fields the demo does not carry").contains("Roast date</dt><dd class=\"none\">not recorded");
        assertThat(html).as("the offline check the page offers also proves every signer's key status (protocol §20.6)")
                .containsPattern("verify-bundle --trust-root trust-root.txt --log-key &quot;[^&]*&quot; --require-status trazo-bundle.json");
    }

    @Test
    void theLanguageComesFromLangElseAcceptLanguageElseEnglish() throws Exception {
        assertThat(get(RETAIL_PAGE + "?lang=es").body()).contains("<html lang=\"es\"", "✓ Verificado", "El recorrido");
        assertThat(get(RETAIL_PAGE, "Accept-Language", "es-CO,es;q=0.9").body()).contains("<html lang=\"es\"");
        assertThat(get(RETAIL_PAGE + "?lang=en", "Accept-Language", "es-CO").body()).contains("<html lang=\"en\"");
        assertThat(get(RETAIL_PAGE, "Accept-Language", "fr-FR").body()).contains("<html lang=\"en\"");
    }

    @Autowired
    Pages pages;

    @Test
    void aLotThatFailsVerificationSaysSoFirstAndPlainly() {
        LotPage.Verification failed = new LotPage.Verification(false, "record-hash", 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(), "cmd");
        LotPage page = new LotPage("urn:trazo:lot:x:y", "00", "x:y", new LotPage.Identity(null, null, "Roaster", "x:y", null, null), failed,
                new LotPage.Producer(null, null, null, null, null, null, null, null), null, List.of(), List.of(), List.of());
        for (String lang : List.of("en", "es")) {
            String html = pages.render(page, "/lot/x", java.util.Locale.forLanguageTag(lang));
            String body = html.substring(html.indexOf("<body>"));
            assertThat(body).as(lang).startsWith("<body>\n<header>\n<p class=\"status bad\" role=\"alert\">");
            assertThat(body).contains(lang.equals("en") ? "did NOT pass verification" : "NO pasó la verificación",
                    lang.equals("en") ? "integrity check (record-hash)" : "control de integridad (record-hash)");
        }
    }

    @Test
    void aTrazoLotHasItsOwnRoute() throws Exception {
        HttpResponse<String> r = get("/lot/urn:trazo:lot:rose-city-roasters:roast-2026-1187?lang=es");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("rose-city-roasters:roast-2026-1187", "Tostado");
    }

    @Test
    void anUnknownLotGetsAHelpfulNotFoundPageInTheRequestsLanguage() throws Exception {
        HttpResponse<String> r = get("/01/00614141777778/10/RC9999", "Accept-Language", "es");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.body()).contains("No encontramos este café", "(01)00614141777778(10)RC9999", "/01/");
        assertThat(get("/01/00614141777771/10/RC1187").statusCode()).as("bad check digit").isEqualTo(404);
    }

    @Test
    void aLotNumberWithASlashIsOneLotWhetherTheSlashIsEncodedOrNot() throws Exception {
        for (String path : List.of("/01/00614141777778/10/RC%2F1187", "/01/00614141777778/10/RC/1187")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).contains("(01)00614141777778(10)RC/1187");
        }
    }

    @Test
    void thePageIsCachedPerLotVersionAndRevalidatesWithItsETag() throws Exception {
        HttpResponse<String> first = get(RETAIL_PAGE);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String head = get("/bundle?lot=urn:epc:class:lgtin:0614141.077777.RC1187").statusCode() == 200
                ? HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(QueryStack.url()
                        + "/lots/urn:epc:class:lgtin:0614141.077777.RC1187/head")).build(), HttpResponse.BodyHandlers.ofString()).body()
                : "";
        assertThat(etag).as("head, evidence version, language").contains(head.replaceAll("(?s).*\"head\":\"([0-9a-f]{64})\".*", "$1")
                + "-" + head.replaceAll("(?s).*\"evidence\":\"([0-9a-f]{64})\".*", "$1") + "-en");
        assertThat(get(RETAIL_PAGE).body()).isEqualTo(first.body());
        assertThat(get(RETAIL_PAGE, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(RETAIL_PAGE + "?lang=es").headers().firstValue("ETag")).isNotEqualTo(first.headers().firstValue("ETag"));
    }

    /** Pages are kept gzip-compressed: a browser gets them as kept, and nothing compresses them per view. */
    @Test
    void aClientThatTakesGzipGetsTheKeptGzipWithItsOwnETagAndTheSameHtml() throws Exception {
        HttpResponse<String> plain = get(RETAIL_PAGE);
        HttpRequest.Builder gzip = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + RETAIL_PAGE)).header("Accept-Encoding", "gzip, br");
        HttpResponse<byte[]> zipped = HttpClient.newHttpClient().send(gzip.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Language, Accept-Encoding");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain.body());
        }
        assertThat(zipped.body().length).isLessThan(plain.body().length() / 2);
        String etag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).as("a strong ETag names one representation").isEqualTo(plain.headers().firstValue("ETag").orElseThrow()
                .replaceAll("\"$", "-gzip\""));
        assertThat(HttpClient.newHttpClient().send(gzip.header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(304);
    }

    @Test
    void theBundleDownloadComesFromThePagesOwnHostByteForByte() throws Exception {
        HttpResponse<byte[]> mine = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/bundle?lot=urn:epc:class:lgtin:0614141.077777.RC1187")).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> theirs = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(QueryStack.url()
                + "/lots/urn:epc:class:lgtin:0614141.077777.RC1187/bundle")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).isEqualTo(theirs.body());
    }
}

package io.trazo.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.CertificateStatusFixtures;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.claim.Certificates;
import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A certificate suspended after the page was cached: the lot's head does not move, yet the next view must
 * show the claim's certificate suspended, not the cached "valid" until the page falls out of the cache.
 */
@TraceWebTest
class CertificateStatusPageTests {

    private static final QueryStack STACK = QueryStack.own();
    private static final String CHERRY_PAGE = "/lot/" + CoffeeJourney.CHERRY_ORGANIC;

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
    void suspendingACertificateAfterThePageWasCachedShowsTheClaimSuspendedOnTheNextView() throws Exception {
        HttpResponse<String> cached = get(CHERRY_PAGE);
        String etag = cached.headers().firstValue("ETag").orElseThrow();
        assertThat(organic(cached.body())).contains("<dd>valid</dd>", "<dd>IP</dd>").doesNotContain("suspended");
        assertThat(get(CHERRY_PAGE, "If-None-Match", etag).statusCode()).as("cached").isEqualTo(304);

        byte[] certificate = CoffeeJourney.records().stream().filter(w -> RecordCodec.parse(w).type() == RecordType.CERTIFICATE)
                .filter(w -> Certificates.read(RecordCodec.parse(w)).claim() == ClaimType.ORGANIC).findFirst().orElseThrow();
        AppendOutcome outcome = new Appender(STACK.store(), TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard())
                .append(CertificateStatusFixtures.suspension(certificate));
        assertThat(outcome).isInstanceOf(AppendOutcome.Accepted.class);

        HttpResponse<String> revalidated = get(CHERRY_PAGE, "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(200);
        assertThat(revalidated.headers().firstValue("ETag")).isPresent().isNotEqualTo(cached.headers().firstValue("ETag"));
        assertThat(revalidated.headers().firstValue("ETag").orElseThrow()).as("the lot's head did not move")
                .startsWith(etag.substring(0, 1 + 64));
        assertThat(organic(revalidated.body())).contains("<dd>certificate suspended since the claim was made</dd>");
        assertThat(organic(get(CHERRY_PAGE + "?lang=es").body())).contains("<dd>certificado suspendido después de la declaración</dd>");
    }

    /** The organic claim's entry in the certificates section. */
    private static String organic(String page) {
        String section = page.substring(page.indexOf("id=\"certificates\""));
        int at = section.indexOf("BCA-ORG-2026-0413");
        assertThat(at).as("the organic certificate is on the page").isPositive();
        int start = section.lastIndexOf("<div>", at);
        return section.substring(start, section.indexOf("</div>", at));
    }
}

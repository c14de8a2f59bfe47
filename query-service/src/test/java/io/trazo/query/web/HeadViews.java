package io.trazo.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.query.audit.AuditLedger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;

/**
 * Reads a running query service as a client would, for the tests that watch a lot's head view move (or
 * stay) while the ledger changes underneath.
 */
final class HeadViews {

    private HeadViews() {}

    /**
     * Waits for the service's start-up audit fold: until it is ready a head view's evidence reads "audit
     * warming" and moves once when the fold lands (docs/operations.md, "Warm-up at start"), so a test that
     * compares two head views must begin after it.
     */
    static void awaitWarm(AuditLedger audits) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> audits.readIfWarm(fold -> true).isPresent());
    }

    /** The body of {@code GET path}, which must answer 200. */
    static String ok(int port, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    /** The string member {@code name} of a flat JSON object, as the head view serves it. */
    static String field(String json, String name) {
        return json.replaceAll("(?s).*\"" + name + "\":\"([^\"]*)\".*", "$1");
    }
}

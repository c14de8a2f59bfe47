package io.trazo.query.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.demo.CoffeeJourney;
import io.trazo.query.SeededLedger;
import io.trazo.query.audit.AuditLedger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service started on a store that already holds a logged ledger builds its audit fold and status map
 * in the background: the first audit and the first format-2 bundle find them warm, and the health
 * details say how far each got.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WarmUpIntegrationTests {

    private static final SeededLedger LEDGER = SeededLedger.journey("trazo-warm-up-it-");
    private static final long TREE_SIZE;

    static {
        try {
            TREE_SIZE = new LoggedLedger(LEDGER.uri(), LEDGER.name()).sequence();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        LEDGER.register(registry);
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    AuditLedger audit;

    @Autowired
    StatusMapSnapshots statusMap;

    @Autowired
    MeterRegistry meters;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theFirstAuditAndBundleFindBothCatchUpsBuiltAtStartAndHealthSaysHowFarEachGot() throws Exception {
        assertThat(audit.warmUpState().awaitDone(Duration.ofSeconds(60))).isTrue();
        assertThat(statusMap.warmUpState().awaitDone(Duration.ofSeconds(60))).isTrue();

        JsonNode warmUp = JsonMapper.builder().build().readTree(get("/actuator/health").body()).path("components").path("warmUp");
        assertThat(warmUp.path("status").asString()).isEqualTo("UP");
        assertThat(warmUp.path("details").path("auditFold").path("state").asString()).isEqualTo("ready");
        assertThat(warmUp.path("details").path("auditFold").path("progress").asLong()).isEqualTo(CoffeeJourney.records().size());
        assertThat(warmUp.path("details").path("statusMap").path("state").asString()).isEqualTo("ready");
        assertThat(warmUp.path("details").path("statusMap").path("progress").asLong()).isEqualTo(TREE_SIZE);

        assertThat(get("/lots/" + CoffeeJourney.RETAIL + "/audit").statusCode()).isEqualTo(200);
        assertThat(get("/lots/" + CoffeeJourney.RETAIL + "/bundle").statusCode()).isEqualTo(200);
        assertThat(audit.foldedOnRequests()).as("no record folded on the request path").isZero();
        assertThat(meters.get("trazo.query.catch-up.request-records").functionCounter().count()).isZero();
    }
}

package io.trazo.query.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Waits, when {@code TRAZO_BENCH_QUERY_PORT} names query-service's port, until its start-up catch-ups (audit fold,
 * status map, verify-ahead) have finished, so that no measured step shares the 2 cores with them: verify-ahead
 * checks every signature of the ledger once, minutes of one core on the 1,000,065-record store
 * (docs/operations.md, "Warm-up at start"). Without the variable the benchmark runs as before. With verify-ahead
 * turned off its state stays {@code cold}: leave the variable unset for such a run.
 */
final class QueryWarmUps {

    private static final List<String> CATCH_UPS = List.of("auditFold", "statusMap", "verifyAhead");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private QueryWarmUps() {}

    static void awaitIfAsked() {
        String port = System.getenv("TRAZO_BENCH_QUERY_PORT");
        if (port == null) {
            return;
        }
        URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
        long start = System.nanoTime();
        Awaitility.await("query's start-up catch-ups on port " + port).atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions().until(() -> finished(JsonMapper.builder().build()
                        .readTree(HTTP.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()).body())));
        System.out.printf("query's catch-ups finished after %.0f s of waiting%n", (System.nanoTime() - start) / 1e9);
    }

    private static boolean finished(JsonNode health) {
        JsonNode details = health.path("components").path("warmUp").path("details");
        return CATCH_UPS.stream().map(c -> details.path(c).path("state").asString()).allMatch(s -> s.equals("ready") || s.equals("failed"));
    }
}

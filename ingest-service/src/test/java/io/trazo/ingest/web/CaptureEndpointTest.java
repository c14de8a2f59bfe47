package io.trazo.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.IngestRig;
import io.trazo.demo.CoffeeJourney;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /capture and GET /capture/{id} over HTTP, through Kafka and the store, as a laptop client sees them. */
class CaptureEndpointTest {

    private final IngestRig rig = new IngestRig();
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private IngestInstance ingest;
    private String base;

    @BeforeEach
    void start() {
        ingest = IngestInstance.start(rig);
        base = "http://127.0.0.1:" + ingest.context().getEnvironment().getProperty("local.server.port");
    }

    @AfterEach
    void stop() {
        ingest.close();
        rig.close();
    }

    private HttpResponse<String> post(String type, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/capture")).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBatchIsAcceptedForPublishingAndItsOutcomesCanBeFetched() throws Exception {
        List<byte[]> records = CoffeeJourney.records().subList(0, 6);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] r : records) {
            body.write(r);
            body.write('\n');
        }
        HttpResponse<String> posted = post("application/x-ndjson", body.toByteArray());
        assertThat(posted.statusCode()).isEqualTo(202);
        String id = json.readTree(posted.body()).get("capture").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> outcomes(id).stream().allMatch(o -> o.get("outcome").asString().equals("ACCEPTED")));
        assertThat(outcomes(id)).hasSize(records.size());
    }

    @Test
    void anOversizedBodyAndAnUnknownCaptureAreProblemDetails() throws Exception {
        HttpResponse<String> big = post("application/json", new byte[2 * 1024 * 1024]);
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(json.readTree(big.body()).get("type").asString()).isEqualTo("https://trazo.dev/problems/capture-too-large");
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(base + "/capture/nope")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).get("type").asString()).isEqualTo("https://trazo.dev/problems/capture-not-found");
    }

    private List<JsonNode> outcomes(String id) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/capture/" + id)).build(), HttpResponse.BodyHandlers.ofString()).body();
        List<JsonNode> out = new java.util.ArrayList<>();
        json.readTree(body).get("records").forEach(out::add);
        return out;
    }
}

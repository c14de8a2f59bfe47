package io.trazo.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.IngestRig;
import io.trazo.cli.TrazoCli;
import io.trazo.ledger.crypto.Digest;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.record.RecordCodec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bytes that are not a readable record, posted to /capture: their receipt has no record hash, and the
 * capture's status must still find it (issue 15, defect 2), on the real broker and the stand-in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnreadableCaptureTest {

    private final IngestRig rig = new IngestRig();
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private IngestInstance ingest;
    private String base;

    @BeforeAll
    void start() {
        ingest = IngestInstance.start(rig);
        base = "http://127.0.0.1:" + ingest.context().getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    void stop() {
        ingest.close();
        rig.close();
    }

    @Test
    void aCapturedWordThatIsNotARecordEndsRejectedNotPendingForever() throws Exception {
        String id = post("application/json", "hello".getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(60)).until(() -> !outcomes(id).get(0).get("outcome").asString().equals("PENDING"));
        JsonNode outcome = outcomes(id).get(0);
        assertThat(outcome.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(outcome.get("reason").asString()).isEqualTo("MALFORMED_JSON");
        assertThat(outcome.get("key").asString()).isEqualTo("raw:" + Digest.sha256("hello".getBytes(StandardCharsets.UTF_8)).hex());
        assertThat(outcome.has("record")).as("no record hash for bytes that are not a record").isFalse();

        StringWriter out = new StringWriter();
        int code = TrazoCli.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "status", "--capture-url", base, "--capture", id);
        assertThat(code).as("rejected, not pending").isEqualTo(1);
        assertThat(out.toString()).startsWith("REJECTED  raw:").contains("MALFORMED_JSON");
    }

    @Test
    void twoIdenticalUnreadableLinesAndARecordEachGetTheirOwnOutcome() throws Exception {
        byte[] record = CoffeeJourney.records().get(0);
        byte[] body = ("{\"v\":1\n{\"v\":1\n" + new String(record, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        String id = post("application/x-ndjson", body);

        await().atMost(Duration.ofSeconds(60)).until(() -> outcomes(id).stream().noneMatch(o -> o.get("outcome").asString().equals("PENDING")));
        List<JsonNode> outcomes = outcomes(id);
        assertThat(outcomes).extracting(o -> o.get("outcome").asString()).containsExactly("REJECTED", "REJECTED", "ACCEPTED");
        assertThat(outcomes.get(0).get("source").asString()).as("each line is its own message")
                .isNotEqualTo(outcomes.get(1).get("source").asString());
        assertThat(outcomes.get(2).get("record").asString()).isEqualTo(RecordCodec.parse(record).hash().hex());
    }

    private String post(String type, byte[] body) throws Exception {
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/capture")).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(202);
        return json.readTree(posted.body()).get("capture").asString();
    }

    private List<JsonNode> outcomes(String id) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/capture/" + id)).build(), HttpResponse.BodyHandlers.ofString()).body();
        List<JsonNode> out = new ArrayList<>();
        json.readTree(body).get("records").forEach(out::add);
        return out;
    }
}

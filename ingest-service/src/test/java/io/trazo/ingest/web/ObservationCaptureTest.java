package io.trazo.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.IngestRig;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.event.EpcisEvents;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.crypto.Digest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A v2 sensor observation that names no lot (docs/protocol.md §9.2, "Lot-less observations") through
 * the capture endpoint, the real broker and the stand-in: it is keyed by its actor, verified and
 * accepted without a lot position, and one that links to a lot is refused.
 */
class ObservationCaptureTest {

    private final IngestRig rig = new IngestRig();
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final DemoParties parties = new DemoParties();
    private IngestInstance ingest;

    @AfterEach
    void stop() {
        if (ingest != null) {
            ingest.close();
        }
        rig.close();
    }

    private byte[] observation(String time, Map<String, Digest> links) {
        String text = "{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\"bizStep\":\"inspecting\",\"eventTime\":\"" + time + "\","
                + "\"eventTimeZoneOffset\":\"-05:00\",\"readPoint\":{\"id\":\"urn:epc:id:sgln:7709876.00001.0\"},"
                + "\"sensorElementList\":[{\"sensorMetadata\":{\"time\":\"" + time + "\"},"
                + "\"sensorReport\":[{\"type\":\"Temperature\",\"value\":18.25,\"uom\":\"CEL\"},"
                + "{\"type\":\"RelativeHumidity\",\"value\":61.5,\"uom\":\"P1\"}]}]}";
        JsonObject event = (JsonObject) StrictJson.parseRecord(text.getBytes(StandardCharsets.UTF_8));
        RecordBuilder b = RecordBuilder.of(RecordType.EVENT, DemoParties.EXPORTER).version(ProtocolVersion.V2)
                .time(Instant.parse(time.replace("-05:00", "Z")).plusSeconds(5 * 3600))
                .body(Json.obj("event", event, "eventId", EpcisEvents.eventHashId(event, "/body/event", ProtocolVersion.V2)));
        links.forEach(b::link);
        return b.sign(parties.key(DemoParties.EXPORTER));
    }

    @Test
    void aSensorReadingThatNamesNoLotIsCapturedAndAcceptedAndOneWithALinkIsRefused() throws Exception {
        ingest = IngestInstance.start(rig);
        String base = "http://127.0.0.1:" + ingest.context().getEnvironment().getProperty("local.server.port");
        List<byte[]> journey = CoffeeJourney.records();
        List<byte[]> registry = journey.stream().filter(r -> RecordCodec.parse(r).type() != RecordType.EVENT).toList();
        byte[] opening = journey.stream().filter(r -> RecordCodec.parse(r).type() == RecordType.EVENT).findFirst().orElseThrow();
        byte[] reading = observation("2026-11-20T09:00:00.000-05:00", Map.of());
        byte[] linked = observation("2026-11-20T09:15:00.000-05:00", Map.of(CoffeeJourney.CHERRY_WOMEN, RecordCodec.parse(opening).hash()));
        List<byte[]> batch = new ArrayList<>(registry);
        batch.add(opening);
        batch.add(reading);
        batch.add(linked);

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] r : batch) {
            body.write(r);
            body.write('\n');
        }
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/capture"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
        String id = json.readTree(posted.body()).get("capture").asString();

        await().atMost(Duration.ofSeconds(60)).until(() -> outcomes(base, id).stream().noneMatch(o -> o.get("outcome").asString().equals("PENDING")
                || o.get("outcome").asString().equals("DEFERRED")) && outcomes(base, id).size() == batch.size());
        List<String> seen = outcomes(base, id).stream().map(o -> o.get("outcome").asString()
                + (o.hasNonNull("reason") ? " " + o.get("reason").asString() : "")).toList();
        assertThat(seen.subList(registry.size(), batch.size()))
                .as("the lot's opening, the observation, the observation with a link")
                .containsExactly("ACCEPTED", "ACCEPTED", "REJECTED LINK_UNTOUCHED_LOT");
    }

    private List<JsonNode> outcomes(String base, String id) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/capture/" + id)).build(), HttpResponse.BodyHandlers.ofString()).body();
        List<JsonNode> out = new ArrayList<>();
        json.readTree(body).get("records").forEach(out::add);
        return out;
    }
}

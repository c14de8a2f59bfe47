package io.trazo.append;

import io.trazo.demo.DemoParties;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.event.EpcisEvents;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordType;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;

/** v2 sensor observations that name no lot (docs/protocol.md §9.2), by the demo exporter. */
final class Observations {

    private Observations() {}

    /** A temperature reading at the exporter's warehouse at {@code time} (an offset date-time), with {@code links}. */
    static byte[] reading(String time, Map<String, Digest> links) {
        String text = "{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\"eventTime\":\"" + time + "\","
                + "\"eventTimeZoneOffset\":\"" + time.substring(time.length() - 6) + "\",\"bizStep\":\"inspecting\","
                + "\"readPoint\":{\"id\":\"urn:epc:id:sgln:7709876.00001.0\"},"
                + "\"sensorElementList\":[{\"sensorReport\":[{\"type\":\"Temperature\",\"value\":18.25,\"uom\":\"CEL\"}]}]}";
        JsonObject event = (JsonObject) StrictJson.parseRecord(text.getBytes(StandardCharsets.UTF_8));
        RecordBuilder b = RecordBuilder.of(RecordType.EVENT, DemoParties.EXPORTER).version(ProtocolVersion.V2)
                .time(OffsetDateTime.parse(time).toInstant())
                .body(Json.obj("event", event, "eventId", EpcisEvents.eventHashId(event, "/body/event", ProtocolVersion.V2)));
        links.forEach(b::link);
        return b.sign(new DemoParties().key(DemoParties.EXPORTER));
    }
}

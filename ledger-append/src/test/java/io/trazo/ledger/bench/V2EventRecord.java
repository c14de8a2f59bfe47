package io.trazo.ledger.bench;

import io.trazo.demo.CoffeeJourney;
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
import java.time.Instant;

/**
 * The v2 record {@code RecordBenchmarks.fullVerifyV2} verifies: the importer inspecting the three green
 * bags the day after unpacking them, as an exporter's GS1 tool would write it (docs/protocol.md §9.2):
 * decimal quantities and sensor values, the event's own {@code @context} with the {@code trazo:} prefix
 * and Trazo's extension fields, a link per bag to the unpacking, signed with the importer's registered key.
 */
final class V2EventRecord {

    private static final String TIME = "2026-11-15T09:00:00.000-08:00";

    private V2EventRecord() {}

    static byte[] inspection(Digest unpacking) {
        String text = "{\"@context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\","
                + "{\"trazo\":\"https://ns.trazo.dev/epcis/\"}],"
                + "\"type\":\"ObjectEvent\",\"eventTime\":\"" + TIME + "\",\"eventTimeZoneOffset\":\"-08:00\","
                + "\"action\":\"OBSERVE\",\"bizStep\":\"inspecting\",\"disposition\":\"in_progress\","
                + "\"readPoint\":{\"id\":\"urn:epc:id:sgln:0614141.00888.0\"},"
                + "\"quantityList\":[" + bag(CoffeeJourney.GREEN_BAG_1, "69.85") + "," + bag(CoffeeJourney.GREEN_BAG_2, "70.05") + ","
                + bag(CoffeeJourney.GREEN_BAG_3, "69.9") + "],"
                + "\"sensorElementList\":[{\"sensorMetadata\":{\"time\":\"" + TIME + "\",\"deviceID\":\"urn:epc:id:giai:0614141.MOIST-7\"},"
                + "\"sensorReport\":[{\"type\":\"Temperature\",\"value\":17.25,\"uom\":\"CEL\"},"
                + "{\"type\":\"RelativeHumidity\",\"value\":58.5,\"uom\":\"P1\"},"
                + "{\"type\":\"Dimensionless\",\"value\":0.585,\"component\":\"gs1:WaterActivity\"}]}],"
                + "\"trazo:productForm\":\"green\",\"trazo:variety\":\"Castillo\",\"trazo:process\":\"washed\","
                + "\"trazo:altitudeM\":1850,\"trazo:harvestPeriod\":\"2026-09/2026-11\"}";
        JsonObject event = (JsonObject) StrictJson.parseRecord(text.getBytes(StandardCharsets.UTF_8));
        RecordBuilder builder = RecordBuilder.of(RecordType.EVENT, DemoParties.IMPORTER).version(ProtocolVersion.V2)
                .time(Instant.parse("2026-11-15T17:00:00Z"))
                .body(Json.obj("event", event, "eventId", EpcisEvents.eventHashId(event, "/body/event", ProtocolVersion.V2)));
        for (String bag : new String[] {CoffeeJourney.GREEN_BAG_1, CoffeeJourney.GREEN_BAG_2, CoffeeJourney.GREEN_BAG_3}) {
            builder.link(bag, unpacking);
        }
        return builder.sign(new DemoParties().key(DemoParties.IMPORTER));
    }

    private static String bag(String lot, String kg) {
        return "{\"epcClass\":\"" + lot + "\",\"quantity\":" + kg + ",\"uom\":\"KGM\"}";
    }
}

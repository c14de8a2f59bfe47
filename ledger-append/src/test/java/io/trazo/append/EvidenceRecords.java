package io.trazo.append;

import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.event.EventBodies;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records for claim-evidence cases (protocol §8.1), signed with the demo's keys so they follow the coffee
 * journey: a certifier's certificate for the organic farm, a new plot of the farm, and the farm's harvest
 * of a new lot in its own namespace claiming a certificate by hash or happening on a plot.
 */
public final class EvidenceRecords {

    private static final DemoParties PARTIES = new DemoParties();

    private EvidenceRecords() {}

    public static byte[] certificate(String certificateId) {
        return RecordBuilder.of(RecordType.CERTIFICATE, DemoParties.CERTIFIER).version(ProtocolVersion.V1)
                .time(Instant.parse("2026-11-20T12:00:00.000Z"))
                .body(obj("certificateId", certificateId, "claim", "organic", "standard", "EU 2018/848 and USDA NOP",
                        "subject", obj("actor", DemoParties.FARM_ORGANIC), "scope", "Cherry from the farm",
                        "validFrom", "2026-11-01T00:00:00.000Z", "validUntil", "2027-11-01T00:00:00.000Z",
                        "evidence", obj("sha256", Digest.sha256(("audit report " + certificateId).getBytes(StandardCharsets.UTF_8)).hex(),
                                "mediaType", "application/pdf")))
                .sign(PARTIES.key(DemoParties.CERTIFIER));
    }

    /**
     * A plot of the organic farm, signed by it: the journey's own plot record of that farm under another
     * {@code plotId} and name (same geometry, so its plus code still fits).
     */
    public static byte[] plot(String plotId) {
        SignedRecord journeyPlot = CoffeeJourney.records().stream().map(RecordCodec::parse)
                .filter(r -> r.type() == RecordType.PLOT && r.actor().equals(DemoParties.FARM_ORGANIC)).findFirst().orElseThrow();
        Map<String, JsonValue> body = new LinkedHashMap<>(journeyPlot.body().members());
        body.put("plotId", new JsonString(plotId));
        body.put("name", new JsonString("Lote nuevo"));
        return RecordBuilder.of(RecordType.PLOT, DemoParties.FARM_ORGANIC).version(ProtocolVersion.V1)
                .time(Instant.parse("2026-11-20T09:00:00.000Z")).body(new JsonObject(body)).sign(PARTIES.key(DemoParties.FARM_ORGANIC));
    }

    /** The organic farm's harvest of a new lot on {@code plotId} (its {@code bizLocation}), with no claim. */
    public static byte[] harvestOn(ProtocolVersion version, String lotName, String plotId) {
        String lot = "urn:trazo:lot:finca-el-mirador:" + lotName;
        JsonObject event = obj("type", "ObjectEvent", "eventTime", "2026-11-25T12:00:00.000Z", "eventTimeZoneOffset", "+00:00",
                "action", "ADD", "bizStep", "commissioning", "bizLocation", obj("id", plotId),
                "quantityList", arr(obj("epcClass", lot, "quantity", 600, "uom", "KGM")));
        return RecordBuilder.of(RecordType.EVENT, DemoParties.FARM_ORGANIC).version(version).time(Instant.parse("2026-11-25T12:00:00.000Z"))
                .body(EventBodies.body(event, List.of(), List.of(), version))
                .sign(PARTIES.key(DemoParties.FARM_ORGANIC));
    }

    /** @param lotName the lot's name in the farm's namespace, {@code urn:trazo:lot:finca-el-mirador:<lotName>} */
    public static byte[] harvest(ProtocolVersion version, String lotName, Digest certificate) {
        String lot = "urn:trazo:lot:finca-el-mirador:" + lotName;
        JsonObject event = obj("type", "ObjectEvent", "eventTime", "2026-11-25T12:00:00.000Z", "eventTimeZoneOffset", "+00:00",
                "action", "ADD", "bizStep", "commissioning", "quantityList", arr(obj("epcClass", lot, "quantity", 600, "uom", "KGM")));
        return RecordBuilder.of(RecordType.EVENT, DemoParties.FARM_ORGANIC).version(version).time(Instant.parse("2026-11-25T12:00:00.000Z"))
                .body(EventBodies.body(event, List.of(obj("certificate", certificate.hex())), List.of()))
                .sign(PARTIES.key(DemoParties.FARM_ORGANIC));
    }
}

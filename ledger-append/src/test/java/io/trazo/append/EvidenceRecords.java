package io.trazo.append;

import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;

import io.trazo.demo.DemoParties;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.event.EventBodies;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Records for claim-evidence cases (protocol §8.1), signed with the demo's keys so they follow the coffee
 * journey: a certifier's certificate for the organic farm, and the farm's harvest of a new lot in its
 * own namespace claiming a certificate by hash.
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

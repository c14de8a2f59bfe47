package io.trazo.ledger.verify;

import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.event.EventBodies;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The record types v2 adds (docs/protocol.md §8.7): shape, signer's role, and refused in v1. */
class V2RecordTypesTest {

    private static final DemoParties PARTIES = new DemoParties();
    private static final List<byte[]> JOURNEY = CoffeeJourney.records();
    private static final Instant T = Instant.parse("2026-11-25T12:00:00.000Z");
    private static final String CERT = RecordCodec.parse(JOURNEY.stream().filter(w -> RecordCodec.parse(w).type() == RecordType.CERTIFICATE)
            .findFirst().orElseThrow()).hash().hex();
    private final Verifier verifier = new Verifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());

    static JsonObject status() {
        return obj("certificate", CERT, "status", "suspended", "effectiveFrom", "2026-11-25T00:00:00.000Z",
                "reason", "Unannounced inspection found prohibited inputs");
    }

    static JsonObject audit() {
        return obj("subject", obj("actor", DemoParties.FARM_ORGANIC, "certificate", CERT), "period",
                obj("from", "2026-10-01T00:00:00.000Z", "to", "2026-10-31T00:00:00.000Z"), "scheme", "EU 2018/848 annual inspection",
                "verdict", "conditional", "findings", arr("Buffer zone record incomplete"), "reportSha256", "ab".repeat(32));
    }

    static JsonObject location(String owner) {
        return obj("gln", "9521141123454", "owner", owner, "name", "Rose City roastery", "address",
                obj("locality", "Portland", "region", "OR", "country", "US"), "coordinates", arr("-122.6765", "45.5231"),
                "function", "roastery");
    }

    static Stream<Arguments> validRecords() {
        return Stream.of(
                Arguments.of(RecordType.CERTIFICATE_STATUS, DemoParties.CERTIFIER, status()),
                Arguments.of(RecordType.AUDIT_REPORT, DemoParties.CERTIFIER, audit()),
                Arguments.of(RecordType.LOCATION, DemoParties.ROASTER, location(DemoParties.ROASTER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validRecords")
    void aV2RecordOfANewTypeVerifiesAndTheSameBodyInV1IsAnUnknownType(RecordType type, String actor, JsonObject body) {
        assertThat(reason(sign(ProtocolVersion.V2, type, actor, body))).isEqualTo("ok");
        assertThat(reason(sign(ProtocolVersion.V1, type, actor, body))).isEqualTo("UNKNOWN_TYPE /type");
    }

    @Test
    void eachNewTypeIsSignedByTheRoleTheDocNames() {
        assertThat(reason(sign(ProtocolVersion.V2, RecordType.CERTIFICATE_STATUS, DemoParties.ROASTER, status())))
                .isEqualTo("ROLE_NOT_PERMITTED /sigs/0");
        assertThat(reason(sign(ProtocolVersion.V2, RecordType.AUDIT_REPORT, DemoParties.FARM_ORGANIC, audit())))
                .isEqualTo("ROLE_NOT_PERMITTED /sigs/0");
        assertThat(reason(sign(ProtocolVersion.V2, RecordType.LOCATION, DemoParties.CERTIFIER, location(DemoParties.CERTIFIER))))
                .isEqualTo("ROLE_NOT_PERMITTED /sigs/0");
    }

    @Test
    void badShapesAreRefusedAtTheirMember() {
        assertThat(reason(sign(ProtocolVersion.V2, RecordType.LOCATION, DemoParties.ROASTER, location(DemoParties.IMPORTER))))
                .isEqualTo("INVALID_FIELD /body/owner");
        assertThat(reason(sign(ProtocolVersion.V2, RecordType.LOCATION, DemoParties.ROASTER,
                with(location(DemoParties.ROASTER), "gln", "9521141123453"))))
                .isEqualTo("INVALID_FIELD /body/gln");
        assertThat(reason(sign(ProtocolVersion.V2, RecordType.CERTIFICATE_STATUS, DemoParties.CERTIFIER,
                with(status(), "status", "revoked")))).isEqualTo("INVALID_FIELD /body/status");
        assertThat(reason(sign(ProtocolVersion.V2, RecordType.AUDIT_REPORT, DemoParties.CERTIFIER,
                with(audit(), "subject", obj())))).isEqualTo("MISSING_FIELD /body/subject");
    }

    @Test
    void aNopImportCertificateIsADocumentTypeOfV2EventsOnly() {
        JsonObject event = obj("type", "ObjectEvent", "eventTime", "2026-11-25T04:00:00.000-08:00", "eventTimeZoneOffset", "-08:00",
                "action", "OBSERVE", "bizStep", "inspecting",
                "quantityList", arr(obj("epcClass", CoffeeJourney.RETAIL, "quantity", 24, "uom", "H87")));
        JsonObject nop = obj("type", "nop_import_certificate", "id", "123-4567890123-456789", "sha256", "cd".repeat(32));
        for (ProtocolVersion v : ProtocolVersion.values()) {
            byte[] wire = RecordBuilder.of(RecordType.EVENT, DemoParties.IMPORTER).version(v).time(T)
                    .link(CoffeeJourney.RETAIL, RecordCodec.parse(JOURNEY.get(JOURNEY.size() - 1)).hash())
                    .body(EventBodies.body(event, List.of(), List.of(nop))).sign(PARTIES.key(DemoParties.IMPORTER));
            assertThat(reason(wire)).as(v.name()).isEqualTo(v == ProtocolVersion.V1 ? "INVALID_FIELD /body/documents/0/type" : "ok");
        }
    }

    private static JsonObject with(JsonObject o, String name, Object value) {
        java.util.Map<String, io.trazo.ledger.encoding.JsonValue> m = new java.util.LinkedHashMap<>(o.members());
        m.put(name, obj("x", value).get("x").orElseThrow());
        return new JsonObject(m);
    }

    private static byte[] sign(ProtocolVersion version, RecordType type, String actor, JsonObject body) {
        return RecordBuilder.of(type, actor).version(version).time(T).body(body).sign(PARTIES.key(actor));
    }

    private String reason(byte[] wire) {
        List<byte[]> set = new ArrayList<>(JOURNEY);
        set.add(wire);
        RecordReport report = verifier.verify(set).records().get(set.size() - 1);
        return report.reason().map(f -> f.code() + " " + f.path()).orElse("ok");
    }
}

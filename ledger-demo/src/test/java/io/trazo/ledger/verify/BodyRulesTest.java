package io.trazo.ledger.verify;

import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.crypto.Digest;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.event.EventBodies;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properly signed records whose content breaks a body rule: each is refused with its own reason and
 * pointer, the way a careless client's tooling would produce them.
 */
class BodyRulesTest {

    private static final DemoParties PARTIES = new DemoParties();
    private static final String LOT = "urn:trazo:lot:asomucafe-villamaria:cherry-2026-777";
    private final Verifier verifier = new Verifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());

    static Stream<Arguments> badRecords() {
        return Stream.of(
                Arguments.of("an event without bizStep", event(harvest().without("bizStep")), "INVALID_EPCIS", "/body/event/bizStep"),
                Arguments.of("an unknown CBV step", event(with(harvest(), "bizStep", "harvestingg")), "INVALID_EPCIS", "/body/event/bizStep"),
                Arguments.of("an ObjectEvent without action", event(harvest().without("action")), "INVALID_EPCIS", "/body/event/action"),
                Arguments.of("a TransformationEvent with an action", event(with(transformation(), "action", "ADD")),
                        "INVALID_EPCIS", "/body/event/action"),
                Arguments.of("a zero quantity", event(with(harvest(), "quantityList", arr(obj("epcClass", LOT, "quantity", 0, "uom", "KGM")))),
                        "INVALID_EPCIS", "/body/event/quantityList/0/quantity"),
                Arguments.of("a lot that is no URI", event(with(harvest(), "quantityList", arr(obj("epcClass", "cherry 7", "quantity", 5)))),
                        "INVALID_EPCIS", "/body/event/quantityList/0/epcClass"),
                Arguments.of("a JSON-LD context inside the event", event(with(harvest(), "@context", "https://example.org/ctx")),
                        "INVALID_EPCIS", "/body/event/@context"),
                Arguments.of("record time not the event time", retimed(event(harvest())), "TIME_MISMATCH", "/time"),
                Arguments.of("a wrong event hash ID", wrongEventId(), "EVENT_HASH_MISMATCH", "/body/eventId"),
                Arguments.of("an unknown body member", signedEvent(obj("event", harvest(), "eventId", eventId(harvest()), "note", "x")),
                        "UNKNOWN_FIELD", "/body/note"),
                Arguments.of("a claim on a lot the event does not touch", signedEvent(obj("event", harvest(), "eventId",
                        eventId(harvest()), "claims", arr(obj("certificate", "00".repeat(32), "lots", arr(CoffeeJourney.RETAIL))))),
                        "CLAIM_UNTOUCHED_LOT", "/body/claims/0/lots"),
                Arguments.of("a point for a plot over 4 ha", plot(obj("type", "Point", "coordinates", arr("-75.4813", "5.0377")), "4.5",
                        "67Q62GQ9+3F"), "INVALID_FIELD", "/body/geometry/type"),
                Arguments.of("a ring that is not closed", plot(obj("type", "Polygon", "coordinates", arr(arr(arr("-75.5020", "5.0460"),
                        arr("-75.5000", "5.0460"), arr("-75.5000", "5.0482"), arr("-75.5020", "5.0483")))), "5.6", "67Q62FWX+RJ"),
                        "INVALID_FIELD", "/body/geometry/coordinates/0"),
                Arguments.of("a Plus Code somewhere else", plot(obj("type", "Point", "coordinates", arr("-75.4813", "5.0377")), "2.8",
                        "67Q62FWX+RJ"), "INVALID_FIELD", "/body/plusCode"),
                Arguments.of("a coordinate as a float-like number string with a comma", plot(obj("type", "Point", "coordinates",
                        arr("-75,4813", "5.0377")), "2.8", "67Q62GQ9+3F"), "INVALID_FIELD", "/body/geometry/coordinates/0"),
                Arguments.of("a certificate signed by a farm", certificateBy(DemoParties.FARM_WOMEN), "ROLE_NOT_PERMITTED", "/sigs/0"),
                Arguments.of("a second actor registration for the same id", secondActor(), "REGISTRY_CONFLICT", "/body/id"),
                Arguments.of("a key for an unregistered actor", keyFor("urn:trazo:actor:nobody"), "UNKNOWN_ACTOR", "/body/actor"),
                Arguments.of("a key record not signed by governance", keyBy(), "NOT_TRUST_ROOT_KEY", "/sigs/0"),
                Arguments.of("an event before its signer's key is valid", early(), "KEY_NOT_YET_VALID", "/sigs/0"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("badRecords")
    void aSignedRecordBreakingABodyRuleIsRefusedWithItsReason(String name, byte[] wire, String code, String path) {
        List<byte[]> set = new ArrayList<>(CoffeeJourney.records());
        set.add(wire);
        VerificationReport report = verifier.verify(set);
        assertThat(report.records().get(set.size() - 1).reason()).as(name).hasValueSatisfying(f -> {
            assertThat(f.code().name()).isEqualTo(code);
            assertThat(f.path()).isEqualTo(path);
        });
        assertThat(report.failures()).as("nothing else fails").hasSize(1);
    }

    private static JsonObject harvest() {
        return obj("type", "ObjectEvent", "eventTime", "2026-10-10T07:00:00.000-05:00", "eventTimeZoneOffset", "-05:00",
                "action", "ADD", "bizStep", "https://ns.trazo.dev/voc/BizStep-harvesting",
                "quantityList", arr(obj("epcClass", LOT, "quantity", 400, "uom", "KGM")));
    }

    private static JsonObject transformation() {
        return obj("type", "TransformationEvent", "eventTime", "2026-10-10T07:00:00.000-05:00", "eventTimeZoneOffset", "-05:00",
                "bizStep", "https://ns.trazo.dev/voc/BizStep-wet_milling",
                "inputQuantityList", arr(obj("epcClass", LOT, "quantity", 400, "uom", "KGM")),
                "outputQuantityList", arr(obj("epcClass", LOT + "-p", "quantity", 80, "uom", "KGM")));
    }

    private static JsonObject with(JsonObject o, String name, Object value) {
        var m = new java.util.LinkedHashMap<>(o.members());
        m.put(name, io.trazo.ledger.encoding.Json.of(value));
        return new JsonObject(m);
    }

    /** Signs an event body with a hash ID computed on a valid twin, so only the EPCIS rule under test fails. */
    private static byte[] event(JsonObject epcis) {
        return signedEvent(obj("event", epcis, "eventId", eventId(harvest())));
    }

    private static String eventId(JsonObject epcis) {
        return ((io.trazo.ledger.encoding.JsonString) EventBodies.body(epcis, List.of(), List.of()).get("eventId").orElseThrow()).value();
    }

    private static byte[] signedEvent(JsonObject body) {
        return RecordBuilder.of(RecordType.EVENT, DemoParties.FARM_WOMEN).time(Instant.parse("2026-10-10T12:00:00.000Z")).body(body)
                .sign(PARTIES.key(DemoParties.FARM_WOMEN));
    }

    private static byte[] retimed(byte[] ignored) {
        return RecordBuilder.of(RecordType.EVENT, DemoParties.FARM_WOMEN).time(Instant.parse("2026-10-10T12:00:01.000Z"))
                .body(obj("event", harvest(), "eventId", eventId(harvest()))).sign(PARTIES.key(DemoParties.FARM_WOMEN));
    }

    private static byte[] wrongEventId() {
        return signedEvent(obj("event", harvest(), "eventId", "ni:///sha-256;" + "ab".repeat(32) + "?ver=CBV2.0"));
    }

    private static byte[] plot(JsonObject geometry, String area, String plusCode) {
        return RecordBuilder.of(RecordType.PLOT, DemoParties.FARM_WOMEN).time(Instant.parse("2026-02-02T10:00:00.000Z"))
                .body(obj("plotId", "urn:trazo:plot:asomucafe-villamaria:nuevo", "owner", DemoParties.FARM_WOMEN, "name", "Nuevo",
                        "country", "CO", "areaHa", area, "plusCode", plusCode, "geometry", geometry))
                .sign(PARTIES.key(DemoParties.FARM_WOMEN));
    }

    private static byte[] certificateBy(String actor) {
        return RecordBuilder.of(RecordType.CERTIFICATE, actor).time(Instant.parse("2026-03-10T14:00:00.000Z"))
                .body(obj("certificateId", "SELF-1", "claim", "organic", "standard", "self-declared", "subject",
                        obj("actor", actor), "scope", "all", "validFrom", "2026-03-01T00:00:00.000Z", "validUntil",
                        "2027-03-01T00:00:00.000Z", "evidence", obj("sha256", Digest.sha256(new byte[0]).hex(), "mediaType",
                                "application/pdf")))
                .sign(PARTIES.key(actor));
    }

    private static byte[] secondActor() {
        return RecordBuilder.governance(RecordType.ACTOR).time(Instant.parse("2026-06-01T00:00:00.000Z"))
                .body(obj("id", DemoParties.FARM_WOMEN, "name", "Impostor", "roles", arr("exporter")))
                .sign(PARTIES.governance());
    }

    private static byte[] keyFor(String actor) {
        var key = DemoParties.stranger("k");
        return RecordBuilder.governance(RecordType.KEY).time(Instant.parse("2026-06-01T00:00:00.000Z"))
                .body(obj("keyId", key.keyId().value(), "actor", actor, "publicKey", key.publicKey().base64Url(),
                        "validFrom", "2026-06-01T00:00:00.000Z"))
                .sign(PARTIES.governance());
    }

    private static byte[] keyBy() {
        var key = DemoParties.stranger("k2");
        return RecordBuilder.governance(RecordType.KEY).time(Instant.parse("2026-06-01T00:00:00.000Z"))
                .body(obj("keyId", key.keyId().value(), "actor", DemoParties.FARM_WOMEN, "publicKey", key.publicKey().base64Url(),
                        "validFrom", "2026-06-01T00:00:00.000Z"))
                .sign(PARTIES.key(DemoParties.FARM_WOMEN));
    }

    private static byte[] early() {
        JsonObject e = with(with(harvest(), "eventTime", "2025-12-01T07:00:00.000-05:00"), "quantityList",
                arr(obj("epcClass", LOT + "-early", "quantity", 400, "uom", "KGM")));
        return RecordBuilder.of(RecordType.EVENT, DemoParties.FARM_WOMEN).time(Instant.parse("2025-12-01T12:00:00.000Z"))
                .body(EventBodies.body(e, List.of(), List.of())).sign(PARTIES.key(DemoParties.FARM_WOMEN));
    }
}

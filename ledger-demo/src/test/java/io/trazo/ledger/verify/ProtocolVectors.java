package io.trazo.ledger.verify;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.event.EventBodies;
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
 * Generates Trazo's own protocol vectors: the coffee journey as the valid base, plus named mutations,
 * each built the way an attacker or a careless client would build it. Deterministic, so the files
 * under {@code src/test/resources/vectors/protocol} can be regenerated and compared byte for byte.
 */
final class ProtocolVectors {

    /** A mutation file, the reason it must fail with and the JSON pointer of the finding. */
    record Mutation(String name, byte[] wire, String code, String path) {}

    static final String ROASTING_STEP = "https://ns.trazo.dev/voc/BizStep-roasting";

    private final DemoParties parties = new DemoParties();
    private final List<byte[]> journey = CoffeeJourney.records();

    List<byte[]> journey() {
        return journey;
    }

    /** Registry records added to the journey's registry so that the key-state mutations have something to refer to. */
    List<byte[]> extraRegistry() {
        SigningKey expired = DemoParties.seeded("expired-key:" + DemoParties.ROASTER);
        SigningKey revoked = DemoParties.seeded("revoked-key:" + DemoParties.ROASTER);
        return List.of(
                key(expired, DemoParties.ROASTER, "2025-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"),
                key(revoked, DemoParties.ROASTER, "2026-01-05T12:00:00.000Z", null),
                RecordBuilder.governance(RecordType.REVOCATION).time(Instant.parse("2026-11-01T00:00:00.000Z"))
                        .body(Json.obj("keyId", revoked.keyId().value(), "revokedAt", "2026-11-01T00:00:00.000Z",
                                "reason", "compromised")).sign(parties.governance()));
    }

    /** Which journey record a mutation stands in for: the set it is verified in holds only the records before it. */
    int replaces(Mutation m) {
        return m.name().equals("missing-counterparty-signature") ? journey.size() - 4 : journey.size() - 1;
    }

    /** The journey's last event (a sale by the roaster), the record most mutations start from. */
    SignedRecord sale() {
        return RecordCodec.parse(journey.get(journey.size() - 1));
    }

    List<Mutation> mutations() {
        SignedRecord sale = sale();
        byte[] wire = sale.wireBytes();
        String text = new String(wire, StandardCharsets.UTF_8);
        int sigAt = text.indexOf("\"sig\":\"") + 7;
        byte[] flipped = wire.clone();
        flipped[sigAt + 10] ^= 0x02;
        Digest someOtherRecord = RecordCodec.parse(journey.get(journey.size() - 3)).hash();
        return List.of(
                new Mutation("flipped-signature-bit", flipped, "BAD_SIGNATURE", "/sigs/0"),
                new Mutation("swapped-link", resign(sale, sale.actor(), withLink(sale, someOtherRecord),
                        parties.key(DemoParties.ROASTER)), "FORK", "/links"),
                new Mutation("wrong-key", resign(sale, sale.actor(), sale.json(), parties.key(DemoParties.IMPORTER)),
                        "UNEXPECTED_SIGNER", "/sigs/0"),
                new Mutation("unknown-key", resign(sale, sale.actor(), sale.json(), DemoParties.stranger("forger")),
                        "UNKNOWN_KEY", "/sigs/0"),
                new Mutation("revoked-key", resign(sale, sale.actor(), sale.json(),
                        DemoParties.seeded("revoked-key:" + DemoParties.ROASTER)), "KEY_REVOKED", "/sigs/0"),
                new Mutation("expired-key", resign(sale, sale.actor(), sale.json(),
                        DemoParties.seeded("expired-key:" + DemoParties.ROASTER)), "KEY_EXPIRED", "/sigs/0"),
                new Mutation("role-not-allowed", certifierRoasts(sale), "ROLE_NOT_PERMITTED", "/sigs/0"),
                new Mutation("duplicate-json-key", text.replaceFirst("\\{\"actor\":", "{\"actor\":\"urn:trazo:actor:x\",\"actor\":")
                        .getBytes(StandardCharsets.UTF_8), "DUPLICATE_KEY", "/actor"),
                new Mutation("float-quantity", text.replace("\"quantity\":24,", "\"quantity\":24.5,")
                        .getBytes(StandardCharsets.UTF_8), "FLOAT_NOT_ALLOWED", "/body/event/quantityList/0/quantity"),
                new Mutation("too-large", padded(sale), "TOO_LARGE", ""),
                new Mutation("unknown-version", text.replace("\"v\":1", "\"v\":3").getBytes(StandardCharsets.UTF_8),
                        "UNKNOWN_VERSION", "/v"),
                // The signed message names the version (§5): a v1 signature never verifies as v2.
                new Mutation("v1-relabelled-as-v2", text.replace("\"v\":1", "\"v\":2").getBytes(StandardCharsets.UTF_8),
                        "BAD_SIGNATURE", "/sigs/0"),
                new Mutation("trailing-data", (text + "{}").getBytes(StandardCharsets.UTF_8), "TRAILING_DATA", ""),
                new Mutation("lone-surrogate", text.replace("\"urn:trazo:po:", "\"\\ud800urn:trazo:po:")
                        .getBytes(StandardCharsets.UTF_8), "LONE_SURROGATE", "/body/event/bizTransactionList/0/bizTransaction"),
                new Mutation("signature-with-trailing-zero-byte", withTrailingZero(sale), "BAD_SIGNATURE_LENGTH", "/sigs/0/sig"),
                new Mutation("missing-counterparty-signature", dropSecondSignature(RecordCodec.parse(journey.get(journey.size() - 4))),
                        "MISSING_SIGNATURE", "/sigs"));
    }

    private byte[] resign(SignedRecord base, String actor, JsonObject json, SigningKey key) {
        JsonObject unsigned = json.without("sigs");
        RecordBuilder b = RecordBuilder.of(RecordType.EVENT, actor).time(base.time()).body((JsonObject) unsigned.get("body").orElseThrow());
        if (unsigned.get("links").isPresent()) {
            for (JsonValue l : ((JsonArray) unsigned.get("links").get()).elements()) {
                JsonObject o = (JsonObject) l;
                b.link(((io.trazo.ledger.encoding.JsonString) o.get("lot").orElseThrow()).value(),
                        Digest.fromHex(((io.trazo.ledger.encoding.JsonString) o.get("prev").orElseThrow()).value()));
            }
        }
        return b.sign(key);
    }

    private static JsonObject withLink(SignedRecord sale, Digest prev) {
        Map<String, JsonValue> m = new LinkedHashMap<>(sale.json().members());
        m.put("links", Json.arr(Json.obj("lot", sale.links().get(0).lot(), "prev", prev.hex())));
        return new JsonObject(m);
    }

    private byte[] certifierRoasts(SignedRecord sale) {
        JsonObject event = Json.obj("type", "ObjectEvent", "eventTime", "2026-11-21T12:00:00.000-08:00",
                "eventTimeZoneOffset", "-08:00", "action", "OBSERVE", "bizStep", ROASTING_STEP,
                "quantityList", Json.arr(Json.obj("epcClass", CoffeeJourney.RETAIL, "quantity", 1, "uom", "H87")));
        return RecordBuilder.of(RecordType.EVENT, DemoParties.CERTIFIER).time(sale.time())
                .link(CoffeeJourney.RETAIL, RecordCodec.parse(journey.get(journey.size() - 2)).hash())
                .body(EventBodies.body(event, List.of(), List.of())).sign(parties.key(DemoParties.CERTIFIER));
    }

    private static byte[] withTrailingZero(SignedRecord sale) {
        String sig = sale.signatures().get(0).signature().base64Url();
        byte[] longer = java.util.Arrays.copyOf(sale.signatures().get(0).signature().toBytes(), 65);
        return new String(sale.wireBytes(), StandardCharsets.UTF_8).replace(sig, io.trazo.ledger.crypto.Base64Url.encode(longer))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] padded(SignedRecord sale) {
        String text = new String(sale.wireBytes(), StandardCharsets.UTF_8);
        return text.replace("\"urn:trazo:po:", "\"urn:trazo:po:" + "x".repeat(RecordCodec.MAX_RECORD_BYTES))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] dropSecondSignature(SignedRecord handover) {
        JsonArray sigs = (JsonArray) handover.json().get("sigs").orElseThrow();
        Map<String, JsonValue> m = new LinkedHashMap<>(handover.json().members());
        m.put("sigs", new JsonArray(sigs.elements().subList(0, 1)));
        return Jcs.canonicalize(new JsonObject(m));
    }

    private byte[] key(SigningKey key, String actor, String from, String until) {
        return RecordBuilder.governance(RecordType.KEY).time(Instant.parse(from)).body(Json.obj("keyId", key.keyId().value(),
                "actor", actor, "publicKey", key.publicKey().base64Url(), "validFrom", from, "validUntil", until))
                .sign(parties.governance());
    }
}

package io.trazo.ingest.bench;

import io.trazo.demo.DemoParties;
import io.trazo.ingest.testing.Journeys;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.event.EventBodies;
import io.trazo.ledger.event.Vocabulary;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The soak's hostile messages, one kind after another. Each is new (its own lots and hash) unless
 * its kind is to repeat something, so every one must get exactly one final receipt of its own and
 * must never disturb the valid records around it.
 */
final class Hostile {

    enum Kind { BAD_SIGNATURE, UNKNOWN_KEY, MALFORMED_JSON, OVERSIZED, FORK, REPLAY, HOSTILE_UNICODE }

    /** A value just under the broker's 8 MiB limit with a lot key of up to ~80 bytes: its dead letter, which adds headers, cannot fit (issue 15). */
    static final int NEAR_LIMIT = 8_388_400;

    private static final String WOMEN_LOTS = "urn:trazo:lot:asomucafe-villamaria:soak-";
    private final DemoParties parties = new DemoParties();
    private final List<Kind> rotation;

    Hostile(boolean oversized) {
        rotation = Arrays.stream(Kind.values()).filter(k -> oversized || k != Kind.OVERSIZED).toList();
    }

    Kind kind(int n) {
        return rotation.get(n % rotation.size());
    }

    /** A correctly signed harvest of a fresh lot, then one signature character changed: BAD_SIGNATURE, never a twin of a valid record. */
    byte[] badSignature(int n) {
        String wire = new String(harvest(WOMEN_LOTS + "bad-" + n, parties.key(DemoParties.FARM_WOMEN)), StandardCharsets.UTF_8);
        int at = wire.indexOf("\"sig\":\"") + 7 + 20;
        char flipped = wire.charAt(at) == 'A' ? 'B' : 'A';
        return (wire.substring(0, at) + flipped + wire.substring(at + 1)).getBytes(StandardCharsets.UTF_8);
    }

    /** A harvest claimed by a registered actor but signed by a key nobody registered. */
    byte[] unknownKey(int n) {
        return harvest(WOMEN_LOTS + "unknown-" + n, DemoParties.stranger("soak-" + n));
    }

    static byte[] malformedJson(int n) {
        return ("{\"v\":1,\"type\":\"event\",\"soak\":" + n + ",\"body\":{\"event\":").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] oversized() {
        byte[] junk = new byte[NEAR_LIMIT];
        Arrays.fill(junk, (byte) 'x');
        return junk;
    }

    /**
     * A second drying of generated journey {@code journey}'s parchment, linking to the same wet-mill
     * record as the genuine drying: once that is in, a FORK (docs/protocol.md §Links).
     */
    byte[] fork(int journey) {
        Digest wetMill = RecordCodec.parse(Journeys.generated(journey, 1).get(4)).hash();
        String parchment = "urn:trazo:lot:coop-cafeteros-caldas:parchment-g" + journey;
        String time = "2026-10-21T09:30:00.000-05:00";
        var event = Json.obj("type", "ObjectEvent", "eventTime", time, "eventTimeZoneOffset", "-05:00", "action", "OBSERVE",
                "bizStep", Vocabulary.trazoStep("drying"),
                "quantityList", Json.arr(Json.obj("epcClass", parchment, "quantity", 440, "uom", "KGM")));
        return RecordBuilder.of(RecordType.EVENT, DemoParties.COOPERATIVE).time(OffsetDateTime.parse(time).toInstant())
                .link(parchment, wetMill).body(EventBodies.body(event, List.of(), List.of()))
                .sign(parties.key(DemoParties.COOPERATIVE));
    }

    /** Three shapes in turn: an escaped lone surrogate, an overlong UTF-8 encoding, and bidi overrides with NUL in an actor id. */
    static byte[] hostileUnicode(int n) {
        return switch (n % 3) {
            case 0 -> ("{\"v\":1,\"type\":\"event\",\"actor\":\"urn:trazo:actor:\\ud800" + n + "\"}").getBytes(StandardCharsets.UTF_8);
            case 1 -> {
                byte[] head = ("{\"v\":1,\"type\":\"event\",\"actor\":\"" + n).getBytes(StandardCharsets.UTF_8);
                byte[] out = Arrays.copyOf(head, head.length + 4);
                out[head.length] = (byte) 0xC0;
                out[head.length + 1] = (byte) 0xAF;
                out[head.length + 2] = '"';
                out[head.length + 3] = '}';
                yield out;
            }
            default -> ("{\"v\":1,\"type\":\"event\",\"actor\":\"urn:trazo:actor:\u202Eairamallivaf\u0000" + n + "\","
                    + "\"time\":\"2026-10-06T12:30:00Z\",\"body\":{},\"sigs\":[]}").getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] harvest(String lot, SigningKey key) {
        String time = "2026-10-06T07:30:00.000-05:00";
        var event = Json.obj("type", "ObjectEvent", "eventTime", time, "eventTimeZoneOffset", "-05:00", "action", "ADD",
                "bizStep", Vocabulary.trazoStep("harvesting"),
                "quantityList", Json.arr(Json.obj("epcClass", lot, "quantity", 1250, "uom", "KGM")));
        return RecordBuilder.of(RecordType.EVENT, DemoParties.FARM_WOMEN).time(OffsetDateTime.parse(time).toInstant())
                .body(EventBodies.body(event, List.of(), List.of())).sign(key);
    }
}

package io.trazo.demo;

import io.trazo.ledger.chain.HeadTracker;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.event.EpcisEvents;
import io.trazo.ledger.event.EventBodies;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Signs records in order, keeping lot heads so each event links to what came before it. */
public final class JourneyBuilder {

    private final DemoParties parties;
    private final HeadTracker heads = new HeadTracker();
    private final List<byte[]> records = new ArrayList<>();

    public JourneyBuilder(DemoParties parties) {
        this.parties = parties;
    }

    public Digest governance(RecordType type, String time, JsonObject body) {
        return governance(ProtocolVersion.V1, type, time, body);
    }

    public Digest governance(ProtocolVersion version, RecordType type, String time, JsonObject body) {
        return append(RecordBuilder.governance(type).version(version).time(Instant.parse(time)).body(body).sign(parties.governance()));
    }

    public Digest signed(RecordType type, String actor, String time, JsonObject body) {
        return signed(ProtocolVersion.V1, type, actor, time, body);
    }

    public Digest signed(ProtocolVersion version, RecordType type, String actor, String time, JsonObject body) {
        return append(RecordBuilder.of(type, actor).version(version).time(Instant.parse(time)).body(body).sign(parties.key(actor)));
    }

    /** An event by {@code actor}; with a counterparty, both sign (a custody handover). */
    public Digest event(String actor, String counterparty, JsonObject epcis, List<JsonValue> claims, List<JsonValue> documents) {
        return event(ProtocolVersion.V1, actor, counterparty, epcis, claims, documents);
    }

    /** An event record of {@code version}, whose event rules and hash ID depend on it (docs/protocol.md §9, §10). */
    public Digest event(ProtocolVersion version, String actor, String counterparty, JsonObject epcis, List<JsonValue> claims,
            List<JsonValue> documents) {
        Set<String> lots = EpcisEvents.read(epcis, "/body/event", version).lots();
        RecordBuilder b = RecordBuilder.of(RecordType.EVENT, actor).version(version)
                .time(OffsetDateTime.parse(((io.trazo.ledger.encoding.JsonString) epcis.get("eventTime").orElseThrow()).value()).toInstant())
                .links(heads.linksFor(lots))
                .body(EventBodies.body(epcis, claims, documents, version));
        if (counterparty != null) {
            b.counterparty(counterparty);
        }
        SigningKey[] keys = counterparty == null
                ? new SigningKey[] {parties.key(actor)}
                : new SigningKey[] {parties.key(actor), parties.key(counterparty)};
        Digest hash = append(b.sign(keys));
        heads.advance(lots, hash);
        return hash;
    }

    public Digest event(String actor, JsonObject epcis) {
        return event(actor, null, epcis, List.of(), List.of());
    }

    private Digest append(byte[] wire) {
        SignedRecord r = RecordCodec.parse(wire);
        records.add(wire);
        return r.hash();
    }

    public HeadTracker heads() {
        return heads;
    }

    public List<byte[]> records() {
        return List.copyOf(records);
    }

    static JsonObject quantity(String epcClass, long amount, String uom) {
        return Json.obj("epcClass", epcClass, "quantity", amount, "uom", uom);
    }
}

package io.trazo.ledger.event;

import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.record.ProtocolVersion;
import java.util.List;

/** Builds event record bodies, filling in the CBV 2.0 event hash ID the verifier will expect. */
public final class EventBodies {

    private EventBodies() {}

    /** The body of a v1 event record. */
    public static JsonObject body(JsonObject epcisEvent, List<? extends JsonValue> claims, List<? extends JsonValue> documents) {
        return body(epcisEvent, claims, documents, ProtocolVersion.V1);
    }

    /** The body of an event record of {@code version}, whose event hash ID depends on it (docs/protocol.md §10). */
    public static JsonObject body(JsonObject epcisEvent, List<? extends JsonValue> claims, List<? extends JsonValue> documents,
            ProtocolVersion version) {
        String eventId = EpcisEvents.eventHashId(epcisEvent, "/body/event", version);
        return Json.obj("event", epcisEvent, "eventId", eventId,
                "claims", claims.isEmpty() ? null : Json.arr(claims.toArray()),
                "documents", documents.isEmpty() ? null : Json.arr(documents.toArray()));
    }
}

package io.trazo.ledger.event;

import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import java.util.List;

/** Builds event record bodies, filling in the CBV 2.0 event hash ID the verifier will expect. */
public final class EventBodies {

    private EventBodies() {}

    public static JsonObject body(JsonObject epcisEvent, List<? extends JsonValue> claims, List<? extends JsonValue> documents) {
        String eventId = EpcisEvents.eventHashId(epcisEvent, "/body/event");
        return Json.obj("event", epcisEvent, "eventId", eventId,
                "claims", claims.isEmpty() ? null : Json.arr(claims.toArray()),
                "documents", documents.isEmpty() ? null : Json.arr(documents.toArray()));
    }
}

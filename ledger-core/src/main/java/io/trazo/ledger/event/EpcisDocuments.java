package io.trazo.ledger.event;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes the events out of an EPCIS 2.0 JSON-LD document (EPCIS 2.0 §10.2) in the form a protocol v2
 * record carries them (docs/protocol.md §9.2): each event with {@code @context} = the document's
 * context entries, then its own. The event then hashes (§10) exactly as it did inside its document,
 * so the record's {@code eventId} is the one the exporter's GS1 tools compute.
 */
public final class EpcisDocuments {

    private EpcisDocuments() {}

    /**
     * The events of an {@code EPCISDocument} ({@code epcisBody.eventList}) or an
     * {@code EPCISQueryDocument} ({@code epcisBody.queryResults.resultsBody.eventList}), in order.
     *
     * @throws EventHashException if the document has no event list or an event is not an object
     */
    public static List<JsonObject> eventsWithContext(JsonObject document) {
        List<JsonValue> raw = EventHashId.eventList(document);
        List<JsonObject> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            if (!(raw.get(i) instanceof JsonObject event)) {
                throw EventHashException.notAnObject("at index " + i, EventHashId.typeName(raw.get(i)));
            }
            out.add(withDocumentContext(document, event));
        }
        return out;
    }

    /** {@code event} with {@code @context} = {@code document}'s context entries followed by the event's own. */
    public static JsonObject withDocumentContext(JsonObject document, JsonObject event) {
        List<JsonValue> context = new ArrayList<>();
        addContext(document.get("@context"), context);
        addContext(event.get("@context"), context);
        Map<String, JsonValue> members = new LinkedHashMap<>();
        if (!context.isEmpty()) {
            members.put("@context", context.size() == 1 ? context.get(0) : new JsonArray(context));
        }
        event.members().forEach((name, value) -> {
            if (!name.equals("@context")) {
                members.put(name, value);
            }
        });
        return new JsonObject(members);
    }

    private static void addContext(Optional<JsonValue> context, List<JsonValue> into) {
        if (context.isPresent() && context.get() instanceof JsonArray a) {
            into.addAll(a.elements());
        } else {
            context.ifPresent(into::add);
        }
    }
}

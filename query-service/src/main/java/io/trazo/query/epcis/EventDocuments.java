package io.trazo.query.epcis;

import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.event.EpcisEvents;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.event.JsonContext;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.mongo.EventHit;
import io.trazo.query.web.JsonValues;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON-LD an EPCIS client receives: query documents, single events and collections (EPCIS 2.0 §12,
 * JSON schema). Every event is served with the prefixes its CBV 2.0 hash was computed with
 * (docs/protocol.md §10), so a GS1 client re-hashing an event as served gets its {@code eventID}: a v2
 * event keeps the {@code @context} it was signed with, a v1 event is read with Trazo's fixed context.
 */
final class EventDocuments {

    static final String EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/epcis-context.jsonld";
    /** The EPCIS context, and the prefix of Trazo's own extension fields (trazo:conversionRatio…): v1's fixed context. */
    static final List<Object> CONTEXT = List.of(EPCIS_CONTEXT, EpcisEvents.CONTEXT.prefixes());

    /** An event as served, with the prefixes its hash was computed with, and whether it carries them itself. */
    record Served(Map<String, Object> json, Map<String, String> prefixes, boolean ownContext) {}

    private EventDocuments() {}

    /**
     * The event as signed, with its {@code eventID} (the record's CBV 2.0 hash ID unless the event names its own)
     * and the repository's {@code recordTime}, which EPCIS says the repository sets, whatever a capturing client wrote.
     */
    static Served event(EventHit hit) {
        SignedRecord record = RecordCodec.parse(hit.record().wire());
        EventRecord e = EventRecords.read(record);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new LinkedHashMap<>((Map<String, Object>) JsonValues.plain(e.event().json()));
        json.putIfAbsent("eventID", e.eventId());
        hit.recordTime().ifPresent(t -> json.put("recordTime", DateTimeFormatter.ISO_INSTANT.format(t)));
        return record.version() == ProtocolVersion.V1
                ? new Served(json, EpcisEvents.CONTEXT.prefixes(), false)
                : new Served(json, JsonContext.fromDocument(e.event().json()).prefixes(), json.containsKey("@context"));
    }

    /** The event's JSON as a query test reads it: with the prefixes it was hashed with, so extension names expand alike. */
    static JsonObject queryView(SignedRecord record, JsonObject event) {
        if (record.version() != ProtocolVersion.V1) {
            return event;
        }
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("@context", new JsonObject(Map.of("trazo", new JsonString(EpcisEvents.TRAZO_NAMESPACE))));
        members.putAll(event.members());
        return new JsonObject(members);
    }

    /**
     * The document's {@code @context} holds the EPCIS context and every prefix binding that all of its
     * events share, never one that some event lacks or binds otherwise: a document-level binding would
     * reach an event that uses the prefix undeclared (§9.2 then reads its name literally) and change its
     * hash. Each v2 event keeps its own {@code @context}, so two events binding one prefix to two IRIs
     * both round-trip; a v1 event gets Trazo's fixed context on itself when the document's lacks it.
     */
    static Map<String, Object> queryDocument(List<Served> events) {
        Map<String, String> shared = events.isEmpty() ? EpcisEvents.CONTEXT.prefixes() : shared(events);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Served s : events) {
            boolean covered = s.prefixes().entrySet().stream().allMatch(b -> b.getValue().equals(shared.get(b.getKey())));
            list.add(s.ownContext() || covered ? s.json() : withContext(s.prefixes(), s.json()));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", shared.isEmpty() ? EPCIS_CONTEXT : List.of(EPCIS_CONTEXT, shared));
        document.put("type", "EPCISQueryDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", Instant.now().toString());
        document.put("epcisBody", Map.of("queryResults", Map.of("queryName", "SimpleEventQuery",
                "resultsBody", Map.of("eventList", list))));
        return document;
    }

    /** One event on its own: the EPCIS context, then the prefixes it was hashed with (a v2 event's own @context entries). */
    static Map<String, Object> single(Served event) {
        List<Object> context = new ArrayList<>(List.of(EPCIS_CONTEXT));
        Object own = event.json().get("@context");
        if (own instanceof List<?> entries) {
            entries.stream().filter(x -> !EPCIS_CONTEXT.equals(x)).forEach(context::add);
        } else if (own != null) {
            context.add(own);
        } else if (!event.prefixes().isEmpty()) {
            context.add(event.prefixes());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@context", context.size() == 1 ? EPCIS_CONTEXT : context);
        event.json().forEach((k, v) -> {
            if (!k.equals("@context")) {
                out.put(k, v);
            }
        });
        return out;
    }

    static Map<String, Object> collection(List<String> members) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@context", CONTEXT);
        out.put("type", "Collection");
        out.put("member", members);
        return out;
    }

    /** The bindings that every event has, with the same IRI. */
    private static Map<String, String> shared(List<Served> events) {
        Map<String, String> common = new HashMap<>(events.get(0).prefixes());
        for (Served s : events) {
            common.entrySet().removeIf(b -> !b.getValue().equals(s.prefixes().get(b.getKey())));
        }
        return new TreeMap<>(common);
    }

    private static Map<String, Object> withContext(Map<String, String> prefixes, Map<String, Object> json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@context", prefixes);
        out.putAll(json);
        return out;
    }
}

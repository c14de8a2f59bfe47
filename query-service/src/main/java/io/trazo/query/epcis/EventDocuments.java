package io.trazo.query.epcis;

import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.mongo.EventHit;
import io.trazo.query.web.JsonValues;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON-LD an EPCIS client receives: query documents, single events and collections (EPCIS 2.0 §12, JSON schema). */
final class EventDocuments {

    /** The EPCIS context, and the prefix of Trazo's own extension fields (trazo:conversionRatio…). */
    static final List<Object> CONTEXT = List.of("https://ref.gs1.org/standards/epcis/epcis-context.jsonld",
            Map.of("trazo", "https://ns.trazo.dev/epcis/"));

    private EventDocuments() {}

    /**
     * The event as signed, with its {@code eventID} (the record's CBV 2.0 hash ID unless the event names its own)
     * and the repository's {@code recordTime}, which EPCIS says the repository sets, whatever a capturing client wrote.
     */
    static Map<String, Object> event(EventHit hit) {
        EventRecord e = EventRecords.read(RecordCodec.parse(hit.record().wire()));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new LinkedHashMap<>((Map<String, Object>) JsonValues.plain(e.event().json()));
        json.putIfAbsent("eventID", e.eventId());
        hit.recordTime().ifPresent(t -> json.put("recordTime", DateTimeFormatter.ISO_INSTANT.format(t)));
        return json;
    }

    static Map<String, Object> queryDocument(List<Map<String, Object>> events) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", CONTEXT);
        document.put("type", "EPCISQueryDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", Instant.now().toString());
        document.put("epcisBody", Map.of("queryResults", Map.of("queryName", "SimpleEventQuery",
                "resultsBody", Map.of("eventList", events))));
        return document;
    }

    static Map<String, Object> single(Map<String, Object> event) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@context", CONTEXT);
        out.putAll(event);
        return out;
    }

    static Map<String, Object> collection(List<String> members) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@context", CONTEXT);
        out.put("type", "Collection");
        out.put("member", members);
        return out;
    }
}

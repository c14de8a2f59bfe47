package io.trazo.ledger.event;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonBoolean;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The GS1 "EPCIS Event Hash ID" of CBV 2.0 §8.9 for EPCIS 2.0 JSON-LD events: the SHA-256 of the
 * UTF-8 pre-hash string, written as an RFC 6920 {@code ni} URI,
 * {@code ni:///sha-256;<64 lowercase hex digits>?ver=CBV2.0}.
 *
 * <p>The pre-hash string follows the reference implementation (RalphTro/epcis-event-hash-generator
 * 1.9.3) wherever its published vectors and the §8.9 text disagree; docs/protocol.md §10 writes out
 * the rules as implemented. Contract:
 * <ul>
 *   <li>The result depends only on the event and on the prefixes its document declares inline
 *       ({@link JsonContext}), never on the other events of the document.</li>
 *   <li>Member order, whitespace around values, EPC URI versus Digital Link form, CBV URN versus Web
 *       URI versus bare value, timestamp offsets and trailing zeros do not change the result.</li>
 *   <li>{@code eventID}, {@code recordTime}, {@code errorDeclaration} and comments are not hashed.</li>
 *   <li>An event that cannot be hashed raises {@link EventHashException}; nothing is guessed.</li>
 * </ul>
 * The reference implementation's {@code ignoreFields} hook is not supported.
 */
public final class EventHashId {

    /** The RFC 6920 prefix of every ID produced here. */
    public static final String NI_PREFIX = "ni:///sha-256;";
    /** The version query of CBV 2.0 §8.9. */
    public static final String VERSION_SUFFIX = "?ver=CBV2.0";

    private EventHashId() {}

    /** The {@code ni:///sha-256;…?ver=CBV2.0} Event Hash ID of {@code event}. */
    public static String compute(JsonObject event, JsonContext context) {
        return ofPreHash(preHash(event, context));
    }

    /** As {@link #compute(JsonObject, JsonContext)}, refusing anything that is not a JSON object. */
    public static String compute(JsonValue event, JsonContext context) {
        return compute(requireObject(event, "(top level)"), context);
    }

    /** The CBV 2.0 §8.9 pre-hash string of {@code event}, the exact input of SHA-256. */
    public static String preHash(JsonObject event, JsonContext context) {
        String type = requiredString(event, "type");
        requiredString(event, "eventTime");
        return PreHashWriter.write(type, EventTree.of(event, context, BareValues.of(event, context)::replacement));
    }

    /** The Event Hash ID of an already built pre-hash string: SHA-256 over its UTF-8 bytes. */
    public static String ofPreHash(String preHash) {
        byte[] digest = Digest.newSha256().digest(preHash.getBytes(StandardCharsets.UTF_8));
        return NI_PREFIX + HexFormat.of().formatHex(digest) + VERSION_SUFFIX;
    }

    /**
     * The Event Hash IDs of all events of an EPCIS 2.0 document, in order: {@code
     * epcisBody.eventList}, or {@code epcisBody.queryResults.resultsBody.eventList} for an
     * {@code EPCISQueryDocument}. Prefixes come from the document's own {@code @context}.
     */
    public static List<String> computeAll(JsonObject epcisDocumentOrQueryDocument) {
        JsonContext context = JsonContext.fromDocument(epcisDocumentOrQueryDocument);
        List<JsonValue> events = eventList(epcisDocumentOrQueryDocument);
        List<String> ids = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            ids.add(compute(requireObject(events.get(i), "at index " + i), context));
        }
        return ids;
    }

    static List<JsonValue> eventList(JsonObject document) {
        Optional<JsonObject> body = object(document, "epcisBody");
        Optional<JsonValue> list = body.flatMap(b -> b.get("eventList"));
        if (list.isEmpty()) {
            list = body.flatMap(b -> object(b, "queryResults"))
                    .flatMap(q -> object(q, "resultsBody"))
                    .flatMap(r -> r.get("eventList"));
        }
        if (list.isPresent() && list.get() instanceof JsonArray array) {
            return array.elements();
        }
        throw EventHashException.noEventList();
    }

    private static Optional<JsonObject> object(JsonObject parent, String name) {
        return parent.get(name).filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
    }

    private static JsonObject requireObject(JsonValue event, String where) {
        if (event instanceof JsonObject object) {
            return object;
        }
        throw EventHashException.notAnObject(where, typeName(event));
    }

    private static String requiredString(JsonObject event, String field) {
        JsonValue value = event.get(field).orElseThrow(() -> EventHashException.missingField(field));
        if (value instanceof JsonString string && !string.value().isBlank()) {
            return string.value();
        }
        throw EventHashException.invalidValue(field, "a non-empty string", typeName(value));
    }

    static String typeName(JsonValue value) {
        if (value instanceof JsonObject) {
            return "object";
        }
        if (value instanceof JsonArray) {
            return "array";
        }
        if (value instanceof JsonString) {
            return "string";
        }
        if (value instanceof JsonNumber) {
            return "number";
        }
        return value instanceof JsonBoolean ? "boolean" : "null";
    }
}

package io.trazo.ledger.event;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The event rules protocol v2 adds to (or relaxes from) v1 (docs/protocol.md §9.2). v1 events are
 * never judged here: a v1 record keeps its v1 verdict forever.
 */
final class EventRulesV2 {

    /** EPCIS 2.0 §7.4 event members; any other member is a user extension and must be namespaced. */
    private static final Set<String> STANDARD_MEMBERS = Set.of("@context", "type", "eventID", "eventTime",
            "eventTimeZoneOffset", "recordTime", "certificationInfo", "errorDeclaration", "epcList", "quantityList",
            "action", "bizStep", "disposition", "persistentDisposition", "readPoint", "bizLocation",
            "bizTransactionList", "sourceList", "destinationList", "sensorElementList", "ilmd", "parentID",
            "childEPCs", "childQuantityList", "inputEPCList", "inputQuantityList", "outputEPCList",
            "outputQuantityList", "transformationID",
            // the EPCIS 2.0 context's alias of @id: the event's JSON-LD node name, as some GS1 examples write it
            "id");
    /** Members commonly written as comments (CBV 2.0 §8.9 leaves them out of the hash). */
    private static final Set<String> COMMENTS = Set.of("comment", "rdfs:comment");

    private EventRulesV2() {}

    /**
     * The prefixes of the event's own {@code @context}: a context URL (not fetched; the EPCIS 2.0
     * context is built in), an object of prefix declarations, or an array of both. The {@code trazo}
     * prefix, if declared, must be Trazo's namespace, so a {@code trazo:} member means one thing.
     */
    static JsonContext context(JsonObject event, String path) {
        Optional<JsonValue> raw = event.get("@context");
        if (raw.isEmpty()) {
            return JsonContext.EPCIS_DEFAULT_ONLY;
        }
        List<JsonValue> parts = raw.get() instanceof JsonArray a ? a.elements() : List.of(raw.get());
        for (int i = 0; i < parts.size(); i++) {
            JsonValue part = parts.get(i);
            if (!(part instanceof JsonString) && !(part instanceof JsonObject)) {
                throw new RecordException(ReasonCode.INVALID_EVENT_CONTEXT, path + "/@context"
                        + (raw.get() instanceof JsonArray ? "/" + i : ""), "a context is a URL or an object of prefix declarations");
            }
        }
        JsonContext context = JsonContext.fromDocument(event);
        String trazo = context.prefixes().get("trazo");
        if (trazo != null && !trazo.equals(EpcisEvents.TRAZO_NAMESPACE)) {
            throw new RecordException(ReasonCode.INVALID_EVENT_CONTEXT, path + "/@context",
                    "the trazo prefix is " + EpcisEvents.TRAZO_NAMESPACE + ", not " + trazo);
        }
        return context;
    }

    /** Every JSON-LD keyword but {@code @context} stays out of signed events: ids and types are EPCIS members. */
    static void keywords(JsonObject event, String path) {
        for (String name : event.members().keySet()) {
            if (name.startsWith("@") && !name.equals("@context")) {
                throw EpcisEvents.invalid(path + "/" + name, "an event's only JSON-LD keyword is @context");
            }
        }
    }

    /**
     * An {@code eventID} written as a CBV 2.0 event hash ID is a claim about the event's content: it
     * must be that hash (CBV 2.0 §8.9), or the event is refused. Other eventIDs (UUID URNs…) are names.
     */
    static void eventId(JsonObject event, String computed, String path) {
        Optional<JsonValue> id = event.get("eventID");
        if (id.isPresent() && id.get() instanceof JsonString s && s.value().startsWith(EventHashId.NI_PREFIX)
                && !s.value().equals(computed)) {
            throw new RecordException(ReasonCode.EVENT_ID_MISMATCH, path + "/eventID",
                    "eventID " + s.value() + " is a CBV event hash ID, but the event hashes to " + computed);
        }
    }

    /** User extension members, at the event's top level and in {@code ilmd}, are namespaced names. */
    static void extensions(JsonObject event, String path) {
        for (String name : event.members().keySet()) {
            if (!STANDARD_MEMBERS.contains(name) && !COMMENTS.contains(name) && name.indexOf(':') <= 0) {
                throw new RecordException(ReasonCode.UNNAMESPACED_EXTENSION, path + "/" + name,
                        "\"" + name + "\" is not an EPCIS 2.0 member, and an extension needs a namespace prefix");
            }
        }
        Optional<JsonValue> ilmd = event.get("ilmd");
        if (ilmd.isPresent() && ilmd.get() instanceof JsonObject o) {
            for (String name : o.members().keySet()) {
                if (name.indexOf(':') <= 0) {
                    throw new RecordException(ReasonCode.UNNAMESPACED_EXTENSION, path + "/ilmd/" + name,
                            "ILMD members are extensions (EPCIS 2.0 §7.3.6) and need a namespace prefix");
                }
            }
        } else if (ilmd.isPresent()) {
            throw EpcisEvents.invalid(path + "/ilmd", "ilmd is an object");
        }
    }

    /** {@code certificationInfo} is a URI or a list of URIs (EPCIS 2.0 §7.3.9; JSON schema {@code certificationInfo}). */
    static void certificationInfo(JsonObject event, String path) {
        Optional<JsonValue> raw = event.get("certificationInfo");
        if (raw.isEmpty()) {
            return;
        }
        List<JsonValue> values = raw.get() instanceof JsonArray a ? a.elements() : List.of(raw.get());
        for (int i = 0; i < values.size(); i++) {
            if (!(values.get(i) instanceof JsonString)) {
                throw EpcisEvents.invalid(path + "/certificationInfo" + (raw.get() instanceof JsonArray ? "/" + i : ""),
                        "certificationInfo is a URI, or a list of URIs");
            }
        }
    }

    /** {@code sourceList}/{@code destinationList} entries: a CBV 2.0 type (or a URI) and an id. */
    static void sourcesAndDestinations(JsonObject event, JsonContext context, String path) {
        check(event, "sourceList", "source", CbvValues.SOURCE_TYPE, context, path);
        check(event, "destinationList", "destination", CbvValues.DESTINATION_TYPE, context, path);
    }

    private static void check(JsonObject event, String list, String member, CbvValues types, JsonContext context, String path) {
        Optional<JsonValue> raw = event.get(list);
        if (raw.isEmpty()) {
            return;
        }
        if (!(raw.get() instanceof JsonArray a)) {
            throw EpcisEvents.invalid(path + "/" + list, list + " is an array");
        }
        for (int i = 0; i < a.elements().size(); i++) {
            String at = path + "/" + list + "/" + i;
            if (!(a.elements().get(i) instanceof JsonObject entry)
                    || !(entry.get("type").orElse(null) instanceof JsonString type)
                    || !(entry.get(member).orElse(null) instanceof JsonString)) {
                throw EpcisEvents.invalid(at, "an entry is {\"type\", \"" + member + "\"} with string values");
            }
            types.normalise(type.value(), context, at + "/type");
        }
    }

    /**
     * {@code persistentDisposition} (EPCIS 2.0 §7.3.5.3): {@code set} and {@code unset} lists of
     * dispositions, each read as a {@code disposition} is (docs/protocol.md §9.2).
     */
    static void persistentDisposition(JsonObject event, JsonContext context, String path) {
        Optional<JsonValue> raw = event.get("persistentDisposition");
        if (raw.isEmpty()) {
            return;
        }
        String at = path + "/persistentDisposition";
        if (!(raw.get() instanceof JsonObject lists)) {
            throw EpcisEvents.invalid(at, "persistentDisposition is an object with set and/or unset");
        }
        for (String name : lists.members().keySet()) {
            if (!name.equals("set") && !name.equals("unset")) {
                throw EpcisEvents.invalid(at + "/" + name, "persistentDisposition has only set and unset");
            }
            if (!(lists.get(name).orElseThrow() instanceof JsonArray values)) {
                throw EpcisEvents.invalid(at + "/" + name, name + " is an array of dispositions");
            }
            CbvValues rule = name.equals("set") ? CbvValues.PERSISTENT_SET : CbvValues.PERSISTENT_UNSET;
            for (int i = 0; i < values.elements().size(); i++) {
                if (!(values.elements().get(i) instanceof JsonString d)) {
                    throw EpcisEvents.invalid(at + "/" + name + "/" + i, "a disposition is a string");
                }
                rule.normalise(d.value(), context, at + "/" + name + "/" + i);
            }
        }
    }

    /** {@code bizTransactionList} entries: a business transaction id and an optional CBV 2.0 type (or a URI). */
    static void bizTransactions(JsonObject event, JsonContext context, String path) {
        Optional<JsonValue> raw = event.get("bizTransactionList");
        if (raw.isEmpty()) {
            return;
        }
        if (!(raw.get() instanceof JsonArray a)) {
            throw EpcisEvents.invalid(path + "/bizTransactionList", "bizTransactionList is an array");
        }
        for (int i = 0; i < a.elements().size(); i++) {
            String at = path + "/bizTransactionList/" + i;
            if (!(a.elements().get(i) instanceof JsonObject entry) || !(entry.get("bizTransaction").orElse(null) instanceof JsonString)
                    || entry.get("type").isPresent() && !(entry.get("type").get() instanceof JsonString)) {
                throw EpcisEvents.invalid(at, "an entry is {\"type\"?, \"bizTransaction\"} with string values");
            }
            if (entry.get("type").orElse(null) instanceof JsonString type) {
                CbvValues.BIZ_TRANSACTION_TYPE.normalise(type.value(), context, at + "/type");
            }
        }
    }

    /**
     * The lot an object identifier names (docs/protocol.md §9.2, "Objects"). A GS1 Digital Link's query
     * string carries attributes and other key=value pairs, not identity (GS1 Digital Link 1.2 §4.9; the
     * CBV 2.0 §8.9 hash drops it too), so the lot is the URI without it: one lot, one name, whatever
     * attributes a label adds. Any other identifier with a query, and any fragment, stays refused.
     */
    static String lotOf(String epc, String path) {
        int query = epc.indexOf('?');
        if (epc.indexOf('#') >= 0 || query >= 0 && !epc.startsWith("https://")) {
            throw new RecordException(ReasonCode.IDENTIFIER_WITH_QUERY, path,
                    "\"" + epc + "\" carries a fragment, or a query string outside a GS1 Digital Link; name the lot by its key alone");
        }
        return query < 0 ? epc : epc.substring(0, query);
    }

    /**
     * An event that touches no lot is taken only as an observation (docs/protocol.md §9.2, "Lot-less
     * observations"): an OBSERVE ObjectEvent with sensor readings, made at a read point. It changes no lot's custody, so it joins no chain and carries no links (§11).
     */
    static void lotlessObservation(EventType type, Optional<String> action, JsonObject event, String path) {
        boolean readings = event.get("sensorElementList").orElse(null) instanceof JsonArray a && !a.elements().isEmpty();
        // GS1's EPCIS JSON schema allows an ObjectEvent without objects only with readings and a readPoint
        boolean where = event.get("readPoint").isPresent();
        if (type != EventType.OBJECT || !action.equals(Optional.of("OBSERVE")) || !readings || !where) {
            throw new RecordException(ReasonCode.EVENT_WITHOUT_LOT, path, "an event that names no object or lot is taken only as"
                    + " an OBSERVE ObjectEvent with a non-empty sensorElementList and a readPoint");
        }
    }
}

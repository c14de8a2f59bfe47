package io.trazo.mongo;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.event.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * The {@code q} sub-document of an event record: the {@link EventField}s read from the signed event, so
 * EPCIS queries select on indexed fields instead of parsing every record. Derived from the stored bytes
 * only, like the other query fields; never an input to the append protocol.
 */
final class EventProjection {

    static final String FIELD = "q";

    private EventProjection() {}

    /** The projection of a record's {@code body}, or empty if the record holds no event. */
    static Optional<Document> of(JsonObject body) {
        Optional<JsonObject> found = object(body, "event");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonObject e = found.get();
        Document q = new Document();
        string(e, "type").ifPresent(v -> q.append(leaf(EventField.EVENT_TYPE), v));
        string(e, "action").ifPresent(v -> q.append(leaf(EventField.ACTION), v));
        string(e, "disposition").ifPresent(v -> q.append(leaf(EventField.DISPOSITION), Vocabulary.disposition(v).orElse(v)));
        object(e, "readPoint").flatMap(o -> string(o, "id")).ifPresent(v -> q.append(leaf(EventField.READ_POINT), v));
        object(e, "bizLocation").flatMap(o -> string(o, "id")).ifPresent(v -> q.append(leaf(EventField.BIZ_LOCATION), v));
        string(e, "transformationID").ifPresent(v -> q.append(leaf(EventField.TRANSFORMATION_ID), v));
        List<String> epc = strings(e, "epcList", "childEPCs");
        List<String> parent = string(e, "parentID").map(List::of).orElse(List.of());
        List<String> in = strings(e, "inputEPCList");
        List<String> out = strings(e, "outputEPCList");
        List<String> cls = classes(e, "quantityList", "childQuantityList");
        List<String> inCls = classes(e, "inputQuantityList");
        List<String> outCls = classes(e, "outputQuantityList");
        q.append(leaf(EventField.EPC), epc).append(leaf(EventField.PARENT_ID), parent)
                .append(leaf(EventField.INPUT_EPC), in).append(leaf(EventField.OUTPUT_EPC), out)
                .append(leaf(EventField.EPC_CLASS), cls).append(leaf(EventField.INPUT_EPC_CLASS), inCls)
                .append(leaf(EventField.OUTPUT_EPC_CLASS), outCls)
                .append(leaf(EventField.ANY_EPC), union(epc, parent, in, out))
                .append(leaf(EventField.ANY_EPC_CLASS), union(cls, inCls, outCls));
        Set<String> ids = new LinkedHashSet<>();
        string(body, "eventId").ifPresent(ids::add);
        string(e, "eventID").ifPresent(ids::add);
        q.append(leaf(EventField.EVENT_ID), List.copyOf(ids));
        return Optional.of(q);
    }

    private static String leaf(EventField f) {
        return f.path().substring(FIELD.length() + 1);
    }

    @SafeVarargs
    private static List<String> union(List<String>... lists) {
        Set<String> all = new LinkedHashSet<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return List.copyOf(all);
    }

    private static List<String> strings(JsonObject o, String... members) {
        List<String> out = new ArrayList<>();
        for (String m : members) {
            o.get(m).filter(JsonArray.class::isInstance).map(v -> ((JsonArray) v).elements()).orElse(List.of()).stream()
                    .filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value()).forEach(out::add);
        }
        return out;
    }

    private static List<String> classes(JsonObject o, String... members) {
        List<String> out = new ArrayList<>();
        for (String m : members) {
            for (JsonValue q : o.get(m).filter(JsonArray.class::isInstance).map(v -> ((JsonArray) v).elements()).orElse(List.of())) {
                if (q instanceof JsonObject element) {
                    string(element, "epcClass").filter(c -> !out.contains(c)).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    static Optional<JsonObject> object(JsonObject o, String name) {
        return o.get(name).filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
    }

    static Optional<String> string(JsonObject o, String name) {
        return o.get(name).filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
    }
}

package io.trazo.mongo;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.event.Vocabulary;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@value #FIELD} array of an event record: its {@link EventField}s read from the signed event, each
 * value one string {@code "<name>=<value>"}, so EPCIS queries select on one multikey index
 * ({@code {epcis: 1, time: 1}}) instead of parsing every record or keeping an index per field (the
 * attribute pattern, docs/operations.md §EPCIS queries). An entry's name is the field's, never a prefix
 * of another name followed by {@code =}, so an anchored prefix of an entry selects one field. Derived from
 * the stored bytes only, like the other query fields; never an input to the append protocol.
 */
final class EventAttributes {

    static final String FIELD = "epcis";
    static final char SEPARATOR = '=';

    private EventAttributes() {}

    /** The entry that stores {@code value} under {@code name} (one of an {@link EventField}'s {@link EventField#names()}). */
    static String entry(String name, String value) {
        return name + SEPARATOR + value;
    }

    /** The entries of a record's {@code body}, in a stable order without repeats, or empty if the record holds no event. */
    static Optional<List<String>> of(JsonObject body) {
        Optional<JsonObject> found = object(body, "event");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonObject e = found.get();
        Set<String> out = new LinkedHashSet<>();
        string(e, "type").ifPresent(v -> out.add(entry(EventField.EVENT_TYPE, v)));
        string(e, "action").ifPresent(v -> out.add(entry(EventField.ACTION, v)));
        string(e, "disposition").ifPresent(v -> out.add(entry(EventField.DISPOSITION, Vocabulary.disposition(v).orElse(v))));
        object(e, "readPoint").flatMap(o -> string(o, "id")).ifPresent(v -> out.add(entry(EventField.READ_POINT, v)));
        object(e, "bizLocation").flatMap(o -> string(o, "id")).ifPresent(v -> out.add(entry(EventField.BIZ_LOCATION, v)));
        string(e, "transformationID").ifPresent(v -> out.add(entry(EventField.TRANSFORMATION_ID, v)));
        strings(e, EventField.EPC, out, "epcList", "childEPCs");
        string(e, "parentID").ifPresent(v -> out.add(entry(EventField.PARENT_ID, v)));
        strings(e, EventField.INPUT_EPC, out, "inputEPCList");
        strings(e, EventField.OUTPUT_EPC, out, "outputEPCList");
        classes(e, EventField.EPC_CLASS, out, "quantityList", "childQuantityList");
        classes(e, EventField.INPUT_EPC_CLASS, out, "inputQuantityList");
        classes(e, EventField.OUTPUT_EPC_CLASS, out, "outputQuantityList");
        string(body, "eventId").ifPresent(v -> out.add(entry(EventField.EVENT_ID, v)));
        string(e, "eventID").ifPresent(v -> out.add(entry(EventField.EVENT_ID, v)));
        return Optional.of(List.copyOf(out));
    }

    private static String entry(EventField f, String value) {
        return entry(f.names().get(0), value);
    }

    private static void strings(JsonObject o, EventField f, Set<String> out, String... members) {
        for (String m : members) {
            for (JsonValue v : array(o, m)) {
                if (v instanceof JsonString s) {
                    out.add(entry(f, s.value()));
                }
            }
        }
    }

    private static void classes(JsonObject o, EventField f, Set<String> out, String... members) {
        for (String m : members) {
            for (JsonValue q : array(o, m)) {
                if (q instanceof JsonObject element) {
                    string(element, "epcClass").ifPresent(c -> out.add(entry(f, c)));
                }
            }
        }
    }

    private static List<JsonValue> array(JsonObject o, String name) {
        return o.get(name).filter(JsonArray.class::isInstance).map(v -> ((JsonArray) v).elements()).orElse(List.of());
    }

    static Optional<JsonObject> object(JsonObject o, String name) {
        return o.get(name).filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
    }

    static Optional<String> string(JsonObject o, String name) {
        return o.get(name).filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
    }
}

package io.trazo.ledger.event;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bare-value expansion as first written: a path string for every member, and a copy of the event with
 * every replaceable string value replaced. {@link BareValues} now stops naming paths off the
 * vocabulary's and leaves the replacing to {@link EventTree}; this is what they are checked against.
 */
final class ReferenceBareValues {

    private ReferenceBareValues() {}

    static Set<String> candidates(JsonObject event, JsonContext context) {
        Set<String> candidates = new LinkedHashSet<>();
        collect(event, "", context, candidates);
        return candidates;
    }

    static JsonObject expand(JsonObject event, JsonContext context) {
        BareValues replacements = BareValues.of(event, context);
        return (JsonObject) replace(event, replacements);
    }

    private static void collect(JsonValue value, String path, JsonContext context, Set<String> into) {
        CbvVocabulary vocabulary = CbvVocabulary.epcis20();
        if (value instanceof JsonObject object) {
            object.members().forEach((key, member) -> collect(member, path.isEmpty() ? key : path + "/" + key, context, into));
        } else if (value instanceof JsonArray array) {
            array.elements().forEach(element -> collect(element, path, context, into));
        } else if (value instanceof JsonString string) {
            String expanded = vocabulary.isVocabulary(path) ? vocabulary.expand(path, string.value(), context) : string.value();
            if (expanded.startsWith("https://ref.gs1.org/cbv") || expanded.startsWith("https://gs1.org/voc")) {
                into.add(expanded);
            }
        }
    }

    private static JsonValue replace(JsonValue value, BareValues replacements) {
        if (value instanceof JsonObject object) {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            object.members().forEach((key, member) -> members.put(key, replace(member, replacements)));
            return new JsonObject(members);
        }
        if (value instanceof JsonArray array) {
            List<JsonValue> elements = new ArrayList<>();
            array.elements().forEach(element -> elements.add(replace(element, replacements)));
            return new JsonArray(elements);
        }
        if (value instanceof JsonString string) {
            return new JsonString(replacements.replacement(string.value()));
        }
        return value;
    }
}

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
 * every replaceable string value replaced, each by the literal rule (no shortcut of {@link BareValues#replacement}). {@link BareValues} now stops naming paths off the
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
        Set<String> candidates = candidates(event, context);
        return (JsonObject) replace(event, value -> replacement(candidates, value));
    }

    /** The one candidate that ends with {@code "-" + value} or {@code "/" + value}, else {@code value}, as CBV 2.0 §8.9's reference does it. */
    static String replacement(Set<String> candidates, String value) {
        List<String> matches = new ArrayList<>();
        for (String candidate : candidates) {
            if (candidate.endsWith("-" + value) || candidate.endsWith("/" + value)) {
                matches.add(candidate);
            }
        }
        return matches.size() == 1 ? matches.get(0) : value;
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

    private static JsonValue replace(JsonValue value, java.util.function.UnaryOperator<String> replacements) {
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
            return new JsonString(replacements.apply(string.value()));
        }
        return value;
    }
}

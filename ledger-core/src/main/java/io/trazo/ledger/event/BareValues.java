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
 * Expands bare CBV values ({@code "shipping"}, {@code "in_transit"}, {@code "Temperature"}) to
 * their Web URIs, as CBV 2.0 §8.9 requires for JSON/JSON-LD events.
 *
 * <p>The reference implementation does this by JSON-LD-expanding the document, keeping the
 * expanded strings that start with {@code https://ref.gs1.org/cbv} or {@code https://gs1.org/voc},
 * and then replacing <em>every</em> string value {@code v} for which exactly one of them ends with
 * {@code "-" + v} or {@code "/" + v}. The replacement is therefore not limited to vocabulary
 * fields: a user extension whose value is {@code "shipping"} in an event whose {@code bizStep} is
 * {@code "shipping"} is expanded too. This class reproduces that, with one deliberate difference:
 * the candidate set comes from the event alone, not from the whole document, so that an event's
 * hash never depends on the other events it was sent with.
 */
final class BareValues {

    private static final List<String> CBV_ROOTS = List.of("https://ref.gs1.org/cbv", "https://gs1.org/voc");

    private final CbvVocabulary vocabulary;
    private final JsonContext context;
    private final Set<String> candidates = new LinkedHashSet<>();

    private BareValues(CbvVocabulary vocabulary, JsonContext context) {
        this.vocabulary = vocabulary;
        this.context = context;
    }

    /** The event with every replaceable bare string value replaced by its CBV Web URI. */
    static JsonObject expand(JsonObject event, JsonContext context) {
        BareValues expansion = new BareValues(CbvVocabulary.epcis20(), context);
        expansion.collect(event, "");
        return (JsonObject) expansion.replace(event);
    }

    private void collect(JsonValue value, String path) {
        if (value instanceof JsonObject object) {
            object.members().forEach((key, member) -> collect(member, path.isEmpty() ? key : path + "/" + key));
        } else if (value instanceof JsonArray array) {
            array.elements().forEach(element -> collect(element, path));
        } else if (value instanceof JsonString string) {
            String expanded = vocabulary.isVocabulary(path)
                    ? vocabulary.expand(path, string.value(), context)
                    : string.value();
            if (isCbv(expanded)) {
                candidates.add(expanded);
            }
        }
    }

    private static boolean isCbv(String iri) {
        for (String root : CBV_ROOTS) {
            if (iri.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rebuilds only what changes: JSON values are immutable, so untouched subtrees are shared, and a
     * container is copied only once one of its values is replaced (most events replace a few strings).
     */
    private JsonValue replace(JsonValue value) {
        if (value instanceof JsonObject object) {
            Map<String, JsonValue> members = null;
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                JsonValue replaced = replace(member.getValue());
                if (members == null && replaced != member.getValue()) {
                    members = new LinkedHashMap<>(object.members());
                }
                if (members != null) {
                    // an existing key keeps its place in a LinkedHashMap
                    members.put(member.getKey(), replaced);
                }
            }
            return members == null ? object : new JsonObject(members);
        }
        if (value instanceof JsonArray array) {
            List<JsonValue> elements = null;
            for (int i = 0; i < array.elements().size(); i++) {
                JsonValue element = array.elements().get(i);
                JsonValue replaced = replace(element);
                if (elements == null && replaced != element) {
                    elements = new ArrayList<>(array.elements().subList(0, i));
                }
                if (elements != null) {
                    elements.add(replaced);
                }
            }
            return elements == null ? array : new JsonArray(elements);
        }
        if (value instanceof JsonString string) {
            String replaced = replacement(string.value());
            return replaced.equals(string.value()) ? string : new JsonString(replaced);
        }
        return value;
    }

    private String replacement(String value) {
        String match = null;
        for (String candidate : candidates) {
            if (endsWithTerm(candidate, value)) {
                if (match != null) {
                    return value;
                }
                match = candidate;
            }
        }
        return match == null ? value : match;
    }

    /** {@code candidate} ends with {@code "-" + value} or {@code "/" + value}, without building either. */
    private static boolean endsWithTerm(String candidate, String value) {
        int separator = candidate.length() - value.length() - 1;
        return separator >= 0
                && (candidate.charAt(separator) == '-' || candidate.charAt(separator) == '/')
                && candidate.endsWith(value);
    }
}

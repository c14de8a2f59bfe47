package io.trazo.ledger.event;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import java.util.LinkedHashSet;
import java.util.List;
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
    /** {@link #candidates} once collected, as an array: {@link #replacement} runs for every string value. */
    private String[] ordered;

    private BareValues(CbvVocabulary vocabulary, JsonContext context) {
        this.vocabulary = vocabulary;
        this.context = context;
    }

    /**
     * The replacements of {@code event}'s bare values, for {@link EventTree} to apply to each string
     * value as it reads it: rebuilding the event with its values replaced, then walking the copy,
     * cost a second walk and copies of every object on the way to a replaced value.
     */
    static BareValues of(JsonObject event, JsonContext context) {
        BareValues expansion = new BareValues(CbvVocabulary.epcis20(), context);
        expansion.collect(event, expansion.vocabulary.root());
        expansion.ordered = expansion.candidates.toArray(new String[0]);
        return expansion;
    }

    /** The CBV Web URIs the event's string values expand to: the values that bare values may stand for. */
    Set<String> candidates() {
        return Set.copyOf(candidates);
    }

    /**
     * @param scope where the member names from the event lead among the vocabulary paths, or null once
     *     the walk has left every one of them: only a few paths (bizStep, sensor report types…) matter
     */
    private void collect(JsonValue value, CbvVocabulary.Scope scope) {
        if (value instanceof JsonObject object) {
            boolean atEvent = scope == vocabulary.root();
            // forEach runs the parsed map's own loop; the unmodifiable map's entry set wraps every entry
            object.members().forEach((key, member) -> collect(member, scope == null ? null : scope.member(key, atEvent)));
        } else if (value instanceof JsonArray array) {
            for (JsonValue element : array.elements()) {
                collect(element, scope);
            }
        } else if (value instanceof JsonString string) {
            String expanded = scope != null && scope.terms() != null
                    ? vocabulary.expand(scope.terms(), string.value(), context)
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

    /** {@code value}, or the one candidate that ends with {@code "-" + value} or {@code "/" + value}. */
    String replacement(String value) {
        String match = null;
        // a non-empty value ends a candidate only if their last chars agree: most pairs fail on that char
        int last = value.length() - 1;
        char lastChar = last < 0 ? 0 : value.charAt(last);
        for (String candidate : ordered) {
            if ((last < 0 || candidate.charAt(candidate.length() - 1) == lastChar) && endsWithTerm(candidate, value)) {
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

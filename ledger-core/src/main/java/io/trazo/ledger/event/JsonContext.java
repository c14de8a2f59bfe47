package io.trazo.ledger.event;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The namespace prefixes that an EPCIS 2.0 JSON-LD document declares in its own inline
 * {@code @context} (EPCIS 2.0 §10.2; CBV 2.0 §8.9 rules on CURIE expansion). Context URLs such as
 * {@code https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld} are not fetched: the EPCIS
 * context is built in, and its prefixes ({@code cbv}, {@code gs1}, …) count as declared only when
 * the document repeats them inline, as the reference implementation does.
 */
public final class JsonContext {

    /** A document whose {@code @context} is only the standard EPCIS context URL. */
    public static final JsonContext EPCIS_DEFAULT_ONLY = new JsonContext(Map.of());

    private final Map<String, String> prefixes;
    /**
     * The prefixes and their namespaces as parallel arrays: the pre-hash expands every member name and
     * string value, and looking a prefix up in the map first cut it out of the value as a new string.
     */
    private final String[] names;
    private final String[] namespaces;

    private JsonContext(Map<String, String> prefixes) {
        this.prefixes = Collections.unmodifiableMap(new LinkedHashMap<>(prefixes));
        this.names = this.prefixes.keySet().toArray(new String[0]);
        this.namespaces = this.prefixes.values().toArray(new String[0]);
    }

    /** A context with exactly these prefix → namespace IRI declarations. */
    public static JsonContext of(Map<String, String> prefixes) {
        prefixes.forEach((k, v) -> {
            Objects.requireNonNull(k, "prefix");
            Objects.requireNonNull(v, "namespace");
        });
        return new JsonContext(prefixes);
    }

    /**
     * Reads the string-valued, non-keyword members of every object in the document's
     * {@code @context} (a single object or an array of URLs and objects). Later declarations win,
     * as in JSON-LD. A document without {@code @context} yields {@link #EPCIS_DEFAULT_ONLY}.
     */
    public static JsonContext fromDocument(JsonObject epcisDocument) {
        Map<String, String> found = new LinkedHashMap<>();
        Optional<JsonValue> context = epcisDocument.get("@context");
        if (context.isPresent()) {
            JsonValue value = context.get();
            if (value instanceof JsonObject object) {
                collect(object, found);
            } else if (value instanceof JsonArray array) {
                for (JsonValue element : array.elements()) {
                    if (element instanceof JsonObject object) {
                        collect(object, found);
                    }
                }
            }
        }
        return found.isEmpty() ? EPCIS_DEFAULT_ONLY : new JsonContext(found);
    }

    private static void collect(JsonObject object, Map<String, String> into) {
        object.members().forEach((name, value) -> {
            if (!name.startsWith("@") && value instanceof JsonString iri) {
                into.put(name, iri.value());
            }
        });
    }

    public Map<String, String> prefixes() {
        return prefixes;
    }

    Optional<String> namespace(String prefix) {
        return Optional.ofNullable(prefixes.get(prefix));
    }

    /** {@code prefix:local} with a declared prefix becomes {@code {namespace}local}; else unchanged. */
    String expandKey(String key) {
        int colon = key.indexOf(':');
        String namespace = colon < 0 ? null : namespaceBefore(key, colon);
        return namespace == null ? key : "{" + namespace + "}" + key.substring(colon + 1);
    }

    /** {@code prefix:rest} with a declared prefix becomes {@code namespace + rest}; else unchanged. */
    String expandValue(String value) {
        int colon = value.indexOf(':');
        String namespace = colon < 0 ? null : namespaceBefore(value, colon);
        return namespace == null ? value : namespace + value.substring(colon + 1);
    }

    /** {@code prefixes.get(text.substring(0, colon))}, without building the substring. */
    private String namespaceBefore(String text, int colon) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].length() == colon && text.startsWith(names[i])) {
                return namespaces[i];
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonContext that && prefixes.equals(that.prefixes);
    }

    @Override
    public int hashCode() {
        return prefixes.hashCode();
    }

    @Override
    public String toString() {
        return "JsonContext" + prefixes;
    }
}

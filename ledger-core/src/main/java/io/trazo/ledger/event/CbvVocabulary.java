package io.trazo.ledger.event;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The part of the EPCIS 2.0 JSON-LD context ({@code https://ref.gs1.org/standards/epcis/2.0.0/
 * epcis-context.jsonld}, shipped as a resource) that the event hash needs: for every property whose
 * values are {@code "@type": "@vocab"}, the bare terms its scoped contexts define ({@code shipping}
 * under {@code bizStep} is {@code https://ref.gs1.org/cbv/BizStep-shipping}). Properties are keyed
 * by their path of JSON member names from the event, e.g. {@code sensorElementList/sensorReport/type}.
 */
final class CbvVocabulary {

    static final String RESOURCE = "epcis-context-2.0.0.jsonld";

    private static final CbvVocabulary EPCIS_2_0 = load();

    private final Map<String, String> prefixes;
    private final Map<String, Map<String, String>> termsByPath;
    /** The vocabulary paths as a tree of member names, rooted at the event. */
    private final Scope root;

    private CbvVocabulary(Map<String, String> prefixes, Map<String, Map<String, String>> termsByPath) {
        this.prefixes = Map.copyOf(prefixes);
        this.termsByPath = Map.copyOf(termsByPath);
        Scope.Builder rootBuilder = new Scope.Builder();
        for (Map.Entry<String, Map<String, String>> path : termsByPath.entrySet()) {
            Scope.Builder at = rootBuilder;
            for (String name : path.getKey().split("/", -1)) {
                // an empty name would make two trie nodes stand for one joined path ("" and "/")
                if (name.isEmpty()) {
                    throw new IllegalStateException("vocabulary path with an empty member name: " + path.getKey());
                }
                at = at.children.computeIfAbsent(name, n -> new Scope.Builder());
            }
            at.terms = path.getValue();
        }
        this.root = rootBuilder.build();
    }

    /**
     * Where a walk from the event stands among the vocabulary paths: the same answers as joining the
     * member names with {@code /} and looking the path up, without building and hashing a string for
     * every member on the way (that was most of bare-value expansion's cost).
     */
    static final class Scope {
        private final Map<String, Scope> children;
        private final Map<String, String> terms;

        private Scope(Map<String, Scope> children, Map<String, String> terms) {
            this.children = children;
            this.terms = terms;
        }

        /** The terms of the {@code @vocab} property here, or null if this path is none. */
        Map<String, String> terms() {
            return terms;
        }

        /**
         * The scope of member {@code key} of an object at this one, or null if no vocabulary path is
         * {@code path + "/" + key} or continues it after a {@code /}. As with joined strings, a name
         * holding {@code /} counts as several, and the empty name at the event stays at the event.
         */
        Scope member(String key, boolean atEvent) {
            if (key.indexOf('/') < 0) {
                return key.isEmpty() && atEvent ? this : children.get(key);
            }
            Scope at = this;
            for (String name : key.split("/", -1)) {
                at = at.children.get(name);
                if (at == null) {
                    return null;
                }
            }
            return at;
        }

        private static final class Builder {
            private final Map<String, Builder> children = new HashMap<>();
            private Map<String, String> terms;

            Scope build() {
                Map<String, Scope> built = new HashMap<>();
                children.forEach((name, child) -> built.put(name, child.build()));
                return new Scope(Map.copyOf(built), terms);
            }
        }
    }

    static CbvVocabulary epcis20() {
        return EPCIS_2_0;
    }

    /** The bare terms a {@code @vocab} property defines, term → IRI; empty if {@code path} is none. */
    Map<String, String> terms(String path) {
        return termsByPath.getOrDefault(path, Map.of());
    }

    /** The namespace IRI of one of the EPCIS context's own prefixes ({@code cbv}, {@code gs1}…). */
    Optional<String> standardNamespace(String prefix) {
        return Optional.ofNullable(prefixes.get(prefix));
    }

    boolean isVocabulary(String path) {
        return termsByPath.containsKey(path);
    }

    /** The event's own scope: the start of every walk through {@link Scope#member}. */
    Scope root() {
        return root;
    }

    /**
     * The IRI a JSON-LD processor gives {@code value} at {@code path}: a term of the scoped context,
     * else a compact IRI expanded with the EPCIS context's or the document's prefixes, else itself.
     */
    String expand(String path, String value, JsonContext document) {
        return expand(termsByPath.get(path), value, document);
    }

    /** {@link #expand(String, String, JsonContext)} with the terms of the path already found. */
    String expand(Map<String, String> terms, String value, JsonContext document) {
        if (terms != null && terms.containsKey(value)) {
            return terms.get(value);
        }
        int colon = value.indexOf(':');
        if (colon > 0 && !value.startsWith("//", colon + 1)) {
            String prefix = value.substring(0, colon);
            Optional<String> namespace = document.namespace(prefix).or(() -> Optional.ofNullable(prefixes.get(prefix)));
            if (namespace.isPresent()) {
                return namespace.get() + value.substring(colon + 1);
            }
        }
        return value;
    }

    private static CbvVocabulary load() {
        try (InputStream in = CbvVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonValue root = new StrictJson(new StrictJson.Limits(1 << 20, 64)).parse(in.readAllBytes());
            JsonObject context = (JsonObject) ((JsonObject) root).get("@context").orElseThrow();
            Map<String, String> prefixes = new HashMap<>();
            context.members().forEach((term, definition) -> {
                if (definition instanceof JsonString iri && isNamespace(iri.value())) {
                    prefixes.put(term, iri.value());
                }
            });
            Map<String, Map<String, String>> termsByPath = new LinkedHashMap<>();
            walk(List.of(context), "", Map.of(), prefixes, termsByPath);
            return new CbvVocabulary(prefixes, termsByPath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(List<JsonObject> contexts, String path, Map<String, String> inherited,
            Map<String, String> prefixes, Map<String, Map<String, String>> into) {
        Map<String, String> active = new LinkedHashMap<>(inherited);
        for (JsonObject context : contexts) {
            context.members().forEach((term, definition) -> {
                if (definition instanceof JsonString iri && !term.startsWith("@") && !iri.value().startsWith("@")) {
                    active.put(term, expandCompact(iri.value(), prefixes));
                }
            });
        }
        for (JsonObject context : contexts) {
            context.members().forEach((term, definition) -> {
                if (!(definition instanceof JsonObject object)) {
                    return;
                }
                String termPath = path.isEmpty() ? term : path + "/" + term;
                List<JsonObject> scoped = scopedContexts(object);
                Map<String, String> termActive = new LinkedHashMap<>(active);
                for (JsonObject inner : scoped) {
                    inner.members().forEach((t, d) -> {
                        if (d instanceof JsonString iri && !t.startsWith("@") && !iri.value().startsWith("@")) {
                            termActive.put(t, expandCompact(iri.value(), prefixes));
                        }
                    });
                }
                if (object.get("@type").filter(new JsonString("@vocab")::equals).isPresent()) {
                    into.put(termPath, Map.copyOf(termActive));
                }
                if (!scoped.isEmpty()) {
                    walk(scoped, termPath, active, prefixes, into);
                }
            });
        }
    }

    private static List<JsonObject> scopedContexts(JsonObject definition) {
        List<JsonObject> scoped = new ArrayList<>();
        Optional<JsonValue> context = definition.get("@context");
        if (context.isPresent() && context.get() instanceof JsonObject object) {
            scoped.add(object);
        } else if (context.isPresent() && context.get() instanceof JsonArray array) {
            for (JsonValue element : array.elements()) {
                if (element instanceof JsonObject object) {
                    scoped.add(object);
                }
            }
        }
        return scoped;
    }

    private static boolean isNamespace(String iri) {
        return iri.endsWith("/") || iri.endsWith(":") || iri.endsWith("#");
    }

    private static String expandCompact(String value, Map<String, String> prefixes) {
        int colon = value.indexOf(':');
        if (colon > 0 && prefixes.containsKey(value.substring(0, colon))) {
            return prefixes.get(value.substring(0, colon)) + value.substring(colon + 1);
        }
        return value;
    }
}

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
import java.util.HashSet;
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
    /** Every vocabulary path, each of its {@code /}-bounded beginnings, and the empty path. */
    private final Set<String> pathBeginnings;

    private CbvVocabulary(Map<String, String> prefixes, Map<String, Map<String, String>> termsByPath) {
        this.prefixes = Map.copyOf(prefixes);
        this.termsByPath = Map.copyOf(termsByPath);
        Set<String> beginnings = new HashSet<>(Set.of(""));
        for (String path : termsByPath.keySet()) {
            beginnings.add(path);
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                beginnings.add(path.substring(0, slash));
            }
        }
        this.pathBeginnings = Set.copyOf(beginnings);
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

    /**
     * Whether some vocabulary path is {@code path} or continues it after a {@code /}. A walk that
     * leaves these paths can stop naming where it is: nothing below is a vocabulary property.
     */
    boolean mayLeadToVocabulary(String path) {
        return pathBeginnings.contains(path);
    }

    /**
     * The IRI a JSON-LD processor gives {@code value} at {@code path}: a term of the scoped context,
     * else a compact IRI expanded with the EPCIS context's or the document's prefixes, else itself.
     */
    String expand(String path, String value, JsonContext document) {
        Map<String, String> terms = termsByPath.get(path);
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

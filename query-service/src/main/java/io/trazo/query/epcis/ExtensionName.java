package io.trazo.query.epcis;

import io.trazo.ledger.event.EpcisEvents;
import io.trazo.ledger.event.JsonContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An extension field named by a query parameter ({@code EQ_<field>}, {@code EXISTS_<field>}…), held as
 * the IRI it expands to (JSON-LD), so that it matches an event's member whatever prefix the event binds
 * to that namespace. A query names the field as {@code namespace#field} (EPCIS 1.x style, the whole
 * namespace IRI), or as {@code prefix:field} with the prefix declared in the request's
 * {@code GS1-Extensions} header ({@code prefix=namespace, …}); {@code trazo} needs no declaration, since
 * every response announces it.
 *
 * @param iris what the field expands to: {@code namespace ‖ field}, and for the {@code #} form the
 *     written IRI too (a namespace declared without a trailing {@code /} or {@code #} expands to both)
 */
record ExtensionName(Set<String> iris) {

    /** The {@code GS1-Extensions} header read as prefix → namespace IRI; absent or blank is none. */
    static Map<String, String> declared(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        if (header == null || header.isBlank()) {
            return out;
        }
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            String prefix = eq < 0 ? "" : part.substring(0, eq).trim();
            String iri = eq < 0 ? "" : part.substring(eq + 1).trim();
            if (!prefix.matches("[A-Za-z][A-Za-z0-9._-]*") || !iri.matches("[a-z][a-z0-9+.-]*:[!-~]+")) {
                throw EpcisException.parameter("GS1-Extensions", "expected prefix=namespace IRI, comma-separated, got \"" + part.trim() + "\"");
            }
            out.put(prefix, iri);
        }
        return out;
    }

    /**
     * @param parameter the whole parameter name, for the error
     * @param field the field as the parameter writes it
     */
    static ExtensionName of(String parameter, String field, Map<String, String> declared) {
        int hash = field.lastIndexOf('#');
        if (hash > 0 && (field.contains("://") || field.startsWith("urn:"))) {
            return new ExtensionName(Set.of(field, field.substring(0, hash) + field.substring(hash + 1)));
        }
        int colon = field.indexOf(':');
        String prefix = field.substring(0, colon);
        String namespace = declared.getOrDefault(prefix, prefix.equals("trazo") ? EpcisEvents.TRAZO_NAMESPACE : null);
        if (namespace == null) {
            throw EpcisException.parameter(parameter, "the prefix \"" + prefix + "\" is not declared: declare it in the GS1-Extensions"
                    + " header (" + prefix + "=<namespace IRI>) or name the field as <namespace IRI>#<field>");
        }
        return new ExtensionName(Set.of(namespace + field.substring(colon + 1)));
    }

    /** Whether a member name of an event with {@code context} names this field. */
    Predicate<String> in(JsonContext context) {
        return member -> iris.contains(expand(member, context));
    }

    /** JSON-LD expansion of a member name: {@code p:local} with a declared prefix becomes namespace ‖ local; else it stays as written. */
    static String expand(String member, JsonContext context) {
        int colon = member.indexOf(':');
        if (colon <= 0 || member.startsWith("//", colon + 1)) {
            return member;
        }
        String namespace = context.prefixes().get(member.substring(0, colon));
        return namespace == null ? member : namespace + member.substring(colon + 1);
    }
}

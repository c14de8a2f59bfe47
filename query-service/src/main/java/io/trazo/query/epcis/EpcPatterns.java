package io.trazo.query.epcis;

import io.trazo.mongo.EventField;
import io.trazo.mongo.EventSelection.Condition;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MATCH_* values (EPCIS 2.0 §8.2.7.1): an identifier, matched exactly, or an EPC pure-identity pattern
 * (GS1 Tag Data Standard §8, {@code urn:epc:idpat:sgtin:0614141.112345.*}), whose {@code *} components
 * must all be trailing, matched as a prefix of the identifiers it covers. For class-level fields a
 * pattern also matches itself (an EPC class without a lot is written as that pattern) and, for SGTIN, the
 * LGTIN classes of the same product.
 */
final class EpcPatterns {

    private static final Pattern IDPAT = Pattern.compile("urn:epc:idpat:([a-z0-9-]+):(.+)");

    private EpcPatterns() {}

    static Condition condition(String name, EventField field, String raw) {
        Set<String> exact = new LinkedHashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        boolean classes = field.name().contains("CLASS");
        for (String v : QueryValues.uris(name, raw)) {
            Matcher m = IDPAT.matcher(v);
            if (!m.matches()) {
                exact.add(v);
                continue;
            }
            String fixed = fixedPart(name, v, m.group(2));
            if (classes) {
                exact.add(v);
                prefixes.add("urn:epc:class:" + m.group(1) + ":" + fixed);
                if (m.group(1).equals("sgtin")) {
                    prefixes.add("urn:epc:class:lgtin:" + fixed);
                }
            } else {
                prefixes.add("urn:epc:id:" + m.group(1) + ":" + fixed);
            }
        }
        return new Condition(field, exact, prefixes);
    }

    /** The components before the first {@code *}, each followed by its dot; a pattern without {@code *} names one identifier. */
    private static String fixedPart(String name, String pattern, String body) {
        String[] parts = body.split("\\.", -1);
        StringBuilder fixed = new StringBuilder();
        boolean wild = false;
        for (String part : parts) {
            if (part.equals("*")) {
                wild = true;
            } else if (wild || part.isEmpty() || part.contains("*")) {
                throw EpcisException.parameter(name, "\"" + pattern + "\" is not an EPC pattern: only whole trailing components may be *");
            } else {
                fixed.append(part).append('.');
            }
        }
        if (!wild) {
            throw EpcisException.parameter(name, "\"" + pattern + "\" is a pattern URI without *; give the identifier itself");
        }
        return fixed.toString();
    }
}

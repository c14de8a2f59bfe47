package io.trazo.architecture;

import io.trazo.mongo.LedgerCollections;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schema wall in source form: outside ledger-mongo, no main source calls {@code getCollection(} or
 * holds a string literal equal to a collection name of {@link LedgerCollections}. Four names are also
 * words of the HTTP API ({@code records}, {@code registry}, {@code counters}, {@code captures}), so for
 * them only the call is looked for; the driver wall ({@link Walls}) keeps every other service class from
 * reaching a collection at all.
 */
final class CollectionNames {

    /** A Java string literal; the unrolled form keeps the regex engine from recursing once per character of a long literal. */
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"\\\\\n]*(?:\\\\.[^\"\\\\\n]*)*)\"");

    private CollectionNames() {}

    /** Every collection name of the schema, read from {@link LedgerCollections} itself. */
    static Set<String> schema() {
        Set<String> names = new TreeSet<>();
        for (Field f : LedgerCollections.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !f.getName().equals("LEDGER_POSITION")) {
                try {
                    names.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    /** Findings in one source text, as {@code "<where>: <what>"}. */
    static List<String> findings(String where, String source, Set<String> collections) {
        List<String> out = new ArrayList<>();
        if (source.contains("getCollection(")) {
            out.add(where + ": calls getCollection(");
        }
        Matcher m = STRING_LITERAL.matcher(source);
        while (m.find()) {
            if (collections.contains(m.group(1)) && m.group(1).contains("_")) {
                out.add(where + ": names collection \"" + m.group(1) + "\"");
            }
        }
        return out;
    }

    /** Findings in every main Java source under {@code root}'s modules, except ledger-mongo's. */
    static List<String> findingsUnder(Path root) {
        Set<String> collections = schema();
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (rel.contains("/src/main/java/") && !rel.startsWith("ledger-mongo/") && !rel.contains("/target/")) {
                    out.addAll(findings(rel, Files.readString(f), collections));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

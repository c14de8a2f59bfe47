package io.trazo.standin;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A non-unique index, for equality on its leading key only: the stock backend ignores every non-unique
 * index ({@code EmptyIndex}), so a filter MongoDB serves from {@code {actor: 1, time: 1}} (a certifier's
 * status records, a farm's plots) scanned the whole collection, half a second per look-up at 1,000,000
 * records. Positions are kept per value of the leading key (per element for an array, as a multikey index
 * does; a document without the key under {@code null}), and per {@code _id}, so a removal or an update
 * finds its entry. It answers no query on its own ({@link #canHandle} is false): {@link IdFirstMemoryBackend}
 * takes its candidates and matches each against the whole filter, so results never depend on it.
 */
final class EqualityIndex extends Index<Integer> {

    private final String key;
    private final Map<Object, Set<Integer>> byValue = new HashMap<>();
    private final Map<Object, Integer> byId = new HashMap<>();
    private final Map<Integer, Set<Object>> valuesAt = new HashMap<>();

    EqualityIndex(String name, List<IndexKey> keys) {
        super(name, keys, true);  // sparse, as the stock EmptyIndex: a removal may find a document absent
        this.key = keys.get(0).getKey();
    }

    String leadingKey() {
        return key;
    }

    /** Positions of documents whose leading key equals {@code value} (or holds it, for an array), in insertion order. */
    synchronized List<Integer> positions(Object value) {
        return byValue.getOrDefault(normalize(value), Set.of()).stream().sorted().toList();
    }

    synchronized int count(Object value) {
        return byValue.getOrDefault(normalize(value), Set.of()).size();
    }

    private static Object normalize(Object value) {
        return value instanceof Number n ? Utils.normalizeNumber(n) : value;
    }

    private static Set<Object> values(Document document, String key) {
        Object v = Utils.getSubdocumentValue(document, key);
        Set<Object> values = new LinkedHashSet<>();
        if (v instanceof Collection<?> elements) {
            elements.forEach(e -> values.add(normalize(e)));
        } else {
            values.add(v instanceof de.bwaldvogel.mongo.backend.Missing ? null : normalize(v));
        }
        return values;
    }

    @Override
    public synchronized void add(Document document, Integer position, MongoCollection<Integer> collection) {
        Set<Object> values = values(document, key);
        values.forEach(v -> byValue.computeIfAbsent(v, x -> new LinkedHashSet<>()).add(position));
        valuesAt.put(position, values);
        byId.put(normalize(document.get("_id")), position);
    }

    @Override
    public synchronized Integer remove(Document document) {
        Integer position = byId.remove(normalize(document.get("_id")));
        if (position != null) {
            for (Object v : valuesAt.remove(position)) {
                Set<Integer> at = byValue.get(v);
                at.remove(position);
                if (at.isEmpty()) {
                    byValue.remove(v);
                }
            }
        }
        return position;
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Integer position, MongoCollection<Integer> collection) {
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    @Override
    public Integer getPosition(Document document) {
        return null;  // not unique: never the one position of a document
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Integer> collection) {}

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Integer> collection) {}

    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public Iterable<Integer> getPositions(Document query) {
        return positions(query.get(key));
    }

    @Override
    public synchronized long getCount() {
        return valuesAt.size();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public synchronized void drop() {
        byValue.clear();
        byId.clear();
        valuesAt.clear();
    }
}

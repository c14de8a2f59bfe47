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
 * does; a document without the key is not kept), by {@code _id}, so a removal or an update finds its entry
 * from the document alone. It answers no query on its own ({@link #canHandle} is false): {@link IdFirstMemoryBackend}
 * takes its candidates and matches each against the whole filter, so results never depend on it.
 */
final class EqualityIndex extends Index<Integer> {

    private final String key;
    /** Per value of the leading key, the positions of its documents by {@code _id}: a removal recomputes the values from the document. */
    private final Map<Object, Map<Object, Integer>> byValue = new HashMap<>();
    private long entries;

    EqualityIndex(String name, List<IndexKey> keys) {
        super(name, keys, true);  // sparse, as the stock EmptyIndex: a removal may find a document absent
        this.key = keys.get(0).getKey();
    }

    String leadingKey() {
        return key;
    }

    /** Positions of documents whose leading key equals {@code value} (or holds it, for an array), in insertion order. */
    synchronized List<Integer> positions(Object value) {
        return byValue.getOrDefault(normalize(value), Map.of()).values().stream().sorted().toList();
    }

    synchronized int count(Object value) {
        return byValue.getOrDefault(normalize(value), Map.of()).size();
    }

    private static Object normalize(Object value) {
        return value instanceof Number n ? Utils.normalizeNumber(n) : value;
    }

    private static Set<Object> values(Document document, String key) {
        Object v = Utils.getSubdocumentValue(document, key);
        Set<Object> values = new LinkedHashSet<>();
        if (v instanceof Collection<?> elements) {
            elements.forEach(e -> values.add(normalize(e)));
        } else if (v != null && !(v instanceof de.bwaldvogel.mongo.backend.Missing)) {
            values.add(normalize(v));
        }
        values.remove(null);  // no filter is planned on a null value (plainEquality), so absent keys are not kept
        return values;
    }

    @Override
    public synchronized void add(Document document, Integer position, MongoCollection<Integer> collection) {
        Object id = normalize(document.get("_id"));
        for (Object v : values(document, key)) {
            if (byValue.computeIfAbsent(v, x -> new HashMap<>()).put(id, position) == null) {
                entries++;
            }
        }
    }

    @Override
    public synchronized Integer remove(Document document) {
        Object id = normalize(document.get("_id"));
        Integer position = null;
        for (Object v : values(document, key)) {
            Map<Object, Integer> at = byValue.get(v);
            Integer p = at == null ? null : at.remove(id);
            if (p != null) {
                position = p;
                entries--;
                if (at.isEmpty()) {
                    byValue.remove(v);
                }
            }
        }
        return position;  // null for a document without the key: the index is sparse, as the stock EmptyIndex
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
        return entries;
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public synchronized void drop() {
        byValue.clear();
        entries = 0;
    }
}

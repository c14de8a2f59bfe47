package io.trazo.standin;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    /** {@code key} split at its dots once: the library's path walk splits it with a regular expression on every call. */
    private final String[] path;
    /** Per value of the leading key, the positions of its documents by {@code _id}: a removal recomputes the values from the document. */
    private final Map<Object, Map<Object, Integer>> byValue = new HashMap<>();
    private long entries;

    EqualityIndex(String name, List<IndexKey> keys) {
        super(name, keys, true);  // sparse, as the stock EmptyIndex: a removal may find a document absent
        this.key = keys.get(0).getKey();
        this.path = key.split("\\.", -1);
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

    /**
     * The values a filter on the key can equal in {@code document}: each dot steps into a sub-document, or into every
     * document of an array, as a multikey index on a dotted path does; an array at the end gives its elements. A value
     * too many only costs a candidate (every candidate is matched again), a value missing would lose a document.
     * Walked here because the library's path walk splits the key with a regular expression on every call: with sixteen
     * indexed keys on {@code records}, this index's key look-ups were 18 % of the stand-in's CPU in the ingest benchmark.
     */
    private Set<Object> values(Document document) {
        Set<Object> values = new LinkedHashSet<>();
        collect(document, 0, values);
        values.remove(null);  // no filter is planned on a null value (plainEquality), so absent keys are not kept
        return values;
    }

    private void collect(Object v, int at, Set<Object> out) {
        if (at == path.length) {
            if (v instanceof Collection<?> elements) {
                elements.forEach(e -> out.add(normalize(e)));
            } else if (v != null && !(v instanceof Missing)) {
                out.add(normalize(v));
            }
        } else if (v instanceof Document d) {
            collect(d.getOrMissing(path[at]), at + 1, out);
        } else if (v instanceof List<?> elements) {
            for (Object e : elements) {
                if (e instanceof Document) {
                    collect(e, at, out);
                }
            }
            if (!path[at].isEmpty() && path[at].chars().allMatch(Character::isDigit) && Integer.parseInt(path[at]) < elements.size()) {
                collect(elements.get(Integer.parseInt(path[at])), at + 1, out);  // "a.0.b": MongoDB's positional path
            }
        }
    }

    @Override
    public synchronized void add(Document document, Integer position, MongoCollection<Integer> collection) {
        Object id = normalize(document.get("_id"));
        for (Object v : values(document)) {
            addEntry(v, id, position);
        }
    }

    @Override
    public synchronized Integer remove(Document document) {
        Object id = normalize(document.get("_id"));
        Integer position = null;
        for (Object v : values(document)) {
            Integer p = removeEntry(v, id);
            if (p != null) {
                position = p;
            }
        }
        return position;  // null for a document without the key: the index is sparse, as the stock EmptyIndex
    }

    /**
     * Moves only the entries whose value changed, as MongoDB touches only the index keys an update changes: the
     * ledger's updates (a state change, a position) leave most of {@code records}' sixteen indexed keys as they
     * were, and removing and re-adding all of them took 16 % of the stand-in's CPU in the ingest benchmark.
     */
    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Integer position, MongoCollection<Integer> collection) {
        Object oldId = normalize(oldDocument.get("_id"));
        Object newId = normalize(newDocument.get("_id"));
        if (Objects.equals(oldId, newId) && Objects.equals(oldDocument.get(path[0]), newDocument.get(path[0]))) {
            // the key's top-level field is unchanged (a state change leaves an event's whole attribute array as it was):
            // comparing it is cheaper than walking both versions into sets, and equal fields hold equal values
            return;
        }
        Set<Object> before = values(oldDocument);
        Set<Object> after = values(newDocument);
        if (before.equals(after) && Objects.equals(oldId, newId)) {
            return;
        }
        for (Object v : before) {
            if (!after.contains(v) || !Objects.equals(oldId, newId)) {
                removeEntry(v, oldId);
            }
        }
        for (Object v : after) {
            addEntry(v, newId, position);
        }
    }

    private void addEntry(Object value, Object id, Integer position) {
        if (byValue.computeIfAbsent(value, x -> new HashMap<>()).put(id, position) == null) {
            entries++;
        }
    }

    private Integer removeEntry(Object value, Object id) {
        Map<Object, Integer> at = byValue.get(value);
        Integer p = at == null ? null : at.remove(id);
        if (p != null) {
            entries--;
            if (at.isEmpty()) {
                byValue.remove(value);
            }
        }
        return p;
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

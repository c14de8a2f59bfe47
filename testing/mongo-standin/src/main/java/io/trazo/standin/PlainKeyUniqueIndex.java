package io.trazo.standin;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The memory backend's unique index, except that the key of a document is read (and checked on insert) directly when the index has one
 * top-level field holding a scalar ({@code _id}, {@code records.position}). The library's key extraction splits the
 * field name with a regular expression and builds streams and maps on every call, and a single update asks for each
 * unique index's keys up to seven times: 13 % of the stand-in's CPU in the ingest benchmark. Everything else
 * (dotted keys, compound keys, arrays, sub-documents) goes through the library, and the keys are the ones it would
 * compute: a missing field is null, a number is normalised as the library's {@code Utils.normalizeValue} does.
 */
final class PlainKeyUniqueIndex extends MemoryUniqueIndex {

    private static final Object COMPLEX = new Object();

    private final String field;

    PlainKeyUniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.field = keys.size() == 1 && !keys.get(0).getKey().contains(".") ? keys.get(0).getKey() : null;
    }

    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        Object v = plainValue(document);
        return v == COMPLEX ? super.getKeyValues(document) : Set.of(new KeyValue(Collections.singletonList(normalized(v))));
    }

    /** The library's check, with the key read as {@link #getKeyValues} reads it; it runs twice per insert (once in {@link #add}). */
    @Override
    public synchronized void checkAdd(Document document, MongoCollection<Integer> collection) {
        Object v = plainValue(document);
        if (v == COMPLEX) {
            super.checkAdd(document, collection);
        } else if (!(isSparse() && !document.containsKey(field)) && containsKey(new KeyValue(Collections.singletonList(normalized(v))))) {
            throw new DuplicateKeyError(this, collection, getKeys(), new KeyValue(Collections.singletonList(v)));
        }
    }

    @Override
    public synchronized void add(Document document, Integer position, MongoCollection<Integer> collection) {
        Object v = plainValue(document);
        if (v == COMPLEX) {
            super.add(document, position, collection);
            return;
        }
        checkAdd(document, collection);
        if (isSparse() && !document.containsKey(field)) {
            return;
        }
        KeyValue key = new KeyValue(Collections.singletonList(normalized(v)));
        if (!putKeyPosition(key, position)) {
            throw new IllegalStateException("Key " + key + " already exists. Concurrency issue?");
        }
    }

    /** The document's value of the one plain field, as stored (missing included); {@link #COMPLEX} when the library must read the key. */
    private Object plainValue(Document document) {
        if (field == null) {
            return COMPLEX;
        }
        Object v = document.getOrMissing(field);
        return v instanceof Collection<?> || v instanceof Map<?, ?> ? COMPLEX : v;
    }

    /** {@code Utils.normalizeValue} (package-private there) for a scalar. */
    private static Object normalized(Object v) {
        if (v == null || v instanceof Missing) {
            return null;
        }
        if (v instanceof Long l && l != (long) l.doubleValue()) {
            return v;
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return Double.valueOf(d == -0.0 ? 0.0 : d);
        }
        return v;
    }
}

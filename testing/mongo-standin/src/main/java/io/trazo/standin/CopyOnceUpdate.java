package io.trazo.standin;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractMongoCollection;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * One update of one stored document, deep-copying it once. mongo-java-server 1.47.0 deep-copies the stored
 * document before an update (the old version) and again to compute the new one, then deep-compares the
 * two twice. The old version's nested values are never written afterwards (the new version is computed in
 * its own copy, and the stored document only gets that copy's top-level values), so a copy of the old top
 * level is as good as a deep one; and the stored document, unchanged until the new values go in, is the old
 * version to compare with. What MongoDB does is closer still: it writes a new version of the document
 * and leaves the old one as it was. Found by the ingest benchmark (issue 16): every record's acceptance
 * copied the whole record, its EPCIS attribute entries included, twice.
 *
 * <p>The new version is computed by the library's own (private) {@code calculateUpdateDocument}, reached
 * through a method handle, so every update operator behaves exactly as in the stock backend;
 * {@code UpdatesTest} compares both backends on the same updates.
 */
final class CopyOnceUpdate {

    private static final MethodHandle CALCULATE;

    static {
        try {
            CALCULATE = MethodHandles.privateLookupIn(AbstractMongoCollection.class, MethodHandles.lookup()).findVirtual(
                    AbstractMongoCollection.class, "calculateUpdateDocument", MethodType.methodType(Document.class, Document.class,
                            Document.class, ArrayFilters.class, Integer.class, boolean.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private CopyOnceUpdate() {}

    /**
     * Applies {@code update} to {@code stored}, in place, with the collection's index upkeep; returns whether it
     * changed anything. Call it under the collection's lock, as the stock update runs.
     */
    static boolean apply(AbstractMongoCollection<Integer> collection, Document stored, Document update, ArrayFilters filters,
            Integer matchPosition) {
        Document next = calculate(collection, stored, update, filters, matchPosition);
        if (next.equals(stored)) {
            return false;
        }
        Document old = stored.clone();
        List<Index<Integer>> indexes = collection.getIndexes();
        for (Index<Integer> index : indexes) {
            index.checkUpdate(old, next, (MongoCollection<Integer>) collection);
        }
        Integer position = position(indexes, old);
        for (Index<Integer> index : indexes) {
            index.updateInPlace(old, next, position, collection);
        }
        stored.keySet().retainAll(next.keySet());
        for (String key : next.keySet()) {
            if (key.contains(".")) {
                throw new MongoServerException("illegal field name. must not happen as it must be caught by the driver");
            }
            stored.put(key, next.get(key));
        }
        return true;
    }

    private static Document calculate(AbstractMongoCollection<Integer> collection, Document stored, Document update, ArrayFilters filters,
            Integer matchPosition) {
        try {
            return (Document) CALCULATE.invoke(collection, stored, update, filters, matchPosition, false);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("calculateUpdateDocument threw a checked exception", e);
        }
    }

    /** The document's one position, as every index that knows it agrees (the stock backend's check). */
    private static Integer position(List<Index<Integer>> indexes, Document document) {
        Integer found = null;
        for (Index<Integer> index : indexes) {
            Integer p = index.getPosition(document);
            if (p != null) {
                if (found != null && !found.equals(p)) {
                    throw new IllegalStateException("indexes disagree on the document's position: " + found + " and " + p);
                }
                found = p;
            }
        }
        if (found == null) {
            throw new IllegalStateException("no index knows the document " + document.get("_id"));
        }
        return found;
    }
}

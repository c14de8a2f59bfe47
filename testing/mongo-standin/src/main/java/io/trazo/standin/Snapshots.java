package io.trazo.standin;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Copies of stored documents for a reply, taken while the collection's lock is held; one per
 * collection. mongo-java-server 1.47.0 updates a stored document in place and puts that same object
 * into its replies, which are encoded after the lock is released: a {@code findAndModify} with
 * {@code $inc} could then return the value of a later increment from another connection (two draws
 * see the same number), and a {@code find} could return a document half way through an update.
 * MongoDB makes every single-document write atomic, to readers too; a copy taken under the lock
 * restores that.
 *
 * <p>The copy is of the document's top level only. The library never changes a stored document's nested
 * values in place: an update computes the new version in a deep copy ({@code calculateUpdateDocument}
 * clones every value) and then replaces the stored document's top-level values with that copy's, so
 * what a reply shares below the top level is never written again. A deep copy per reply (the stock
 * cloning) walked every sub-document and array of each record read a second time for nothing
 * (2026-12-06, issue 16). {@code ReplyCopiesTest} changes nested values, arrays and top-level fields
 * while a cursor holds a document and checks that the cursor still answers the version it read.
 */
final class Snapshots {

    private final Object collection;
    private boolean forReply; // guarded by collection's monitor

    Snapshots(Object collection) {
        this.collection = collection;
    }

    /** The reply of {@code findAndModify}, run under the collection's lock, its {@code value} replaced by a copy. */
    static Document ofFindAndModify(Document reply) {
        if (reply.get("value") instanceof Document value) {
            reply.put("value", value.clone());
        }
        return reply;
    }

    /**
     * Runs a query, under the collection's lock; {@link #of} then copies what it matched. A query made
     * while the lock is already held is a write's own look-up (findAndModify, delete), which must get
     * the stored documents: the write changes them in place.
     */
    QueryResult query(Supplier<QueryResult> query) {
        if (Thread.holdsLock(collection)) {
            return query.get();
        }
        synchronized (collection) {
            forReply = true;
            try {
                return query.get();
            } finally {
                forReply = false;
            }
        }
    }

    /** Whether the query running now under the collection's lock answers a client (not a write's own look-up). */
    boolean forReply() {
        return forReply;
    }

    /** What a query matched, the first batch and the cursor's rest alike: copies if it is for a reply. */
    List<Document> of(List<Document> matched) {
        if (!forReply) {
            return matched;
        }
        List<Document> copies = new ArrayList<>(matched.size());
        for (Document d : matched) {
            copies.add(d.clone());
        }
        return copies;
    }
}

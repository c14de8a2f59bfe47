package io.trazo.standin;

import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.BsonConstants;
import java.util.List;
import java.util.function.Supplier;

/**
 * A query's reply cut into batches as MongoDB cuts it: a {@code find} without {@code batchSize} answers
 * {@value #FIRST_BATCH} documents first, a {@code getMore} without one answers what fits in 16 MiB, and a
 * {@code batchSize} given is honoured under the same 16 MiB cap; a batch always holds at least one
 * document. mongo-java-server 1.47.0 put every match in the first reply when no {@code batchSize} was
 * given, so a scan of a million records was encoded as one reply of gigabytes (8+ minutes, issue 16).
 */
final class Batches {

    /** MongoDB's first batch of a {@code find} that names no {@code batchSize}. */
    static final int FIRST_BATCH = 101;

    /** MongoDB's cap on the documents of one batch: the largest BSON document, 16 MiB. */
    static final int MAX_BYTES = BsonConstants.MAX_BSON_OBJECT_SIZE;

    /**
     * Set while this thread answers a {@code find} command. The library reads collections through the same
     * query call for its own needs too (aggregation stages such as {@code countDocuments}' {@code $match}, a
     * write's look-up), and those must still get every match at once.
     */
    private static final ThreadLocal<Boolean> FIND = ThreadLocal.withInitial(() -> false);

    private Batches() {}

    /** Runs a {@code find} command; the collection's query inside it answers in batches. */
    static Document answeringFind(Supplier<Document> find) {
        FIND.set(true);
        try {
            return find.get();
        } finally {
            FIND.set(false);
        }
    }

    /** Whether the query running on this thread answers a {@code find} command. */
    static boolean inFind() {
        return FIND.get();
    }

    /**
     * The reply to a query whose documents are {@code matched} (already skipped, limited, projected and
     * private to the reply): the first batch, and a registered cursor over the rest if any is left.
     */
    static QueryResult firstOf(List<Document> matched, int batchSize, CursorRegistry cursors) {
        int first = fitting(matched, batchSize > 0 ? batchSize : FIRST_BATCH);
        if (first == matched.size()) {
            return new QueryResult(matched);
        }
        Rest rest = new Rest(cursors.generateCursorId(), matched.subList(first, matched.size()));
        cursors.add(rest);
        return new QueryResult(matched.subList(0, first), rest);
    }

    /**
     * A {@code find} reply with its cursor closed, for {@code singleBatch: true} (what the driver sends for a
     * negative limit): MongoDB returns the first batch and closes the cursor; the stock server ignored the flag.
     */
    static Document closed(Document reply, CursorRegistry cursors) {
        if (reply.get("cursor") instanceof Document cursor && cursor.get("id") instanceof Number id && id.longValue() != 0) {
            cursors.remove(id.longValue());
            cursor.put("id", 0L);
        }
        return reply;
    }

    /**
     * How many of the leading documents make one batch: at most {@code count} (none if not positive), and
     * no more than fit in {@link #MAX_BYTES}, but at least one. Sizes are measured only when a batch would
     * hold more than one document, so the single-document reads of the write path pay nothing for the cap.
     */
    static int fitting(List<Document> documents, int count) {
        int most = count > 0 ? Math.min(count, documents.size()) : documents.size();
        if (most <= 1) {
            return most;
        }
        long bytes = 0;
        for (int i = 0; i < most; i++) {
            bytes += DataSizes.of(documents.get(i));
            if (bytes > MAX_BYTES && i > 0) {
                return i;
            }
        }
        return most;
    }

    /** A cursor's documents not yet returned; {@code getMore} takes them a batch at a time. */
    static final class Rest extends AbstractCursor {

        private List<Document> remaining;

        Rest(long id, List<Document> remaining) {
            super(id);
            this.remaining = remaining;
        }

        @Override
        public synchronized boolean isEmpty() {
            return remaining.isEmpty();
        }

        /** The next batch: {@code batchSize} documents if positive, else as many as fit in 16 MiB. */
        @Override
        public synchronized List<Document> takeDocuments(int batchSize) {
            int n = fitting(remaining, batchSize);
            List<Document> batch = remaining.subList(0, n);
            remaining = remaining.subList(n, remaining.size());
            return batch;
        }
    }
}

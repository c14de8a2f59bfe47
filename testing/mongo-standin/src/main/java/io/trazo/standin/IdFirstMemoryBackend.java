package io.trazo.standin;

import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryMatcher;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;

/**
 * The memory backend, except that a filter with an exact {@code _id} and further conditions
 * ({@code {_id: h, state: "PENDING"}}, {@code {_id: lot, position: {$lt: n}}}) finds its document
 * through the {@code _id} index and then checks the rest, as MongoDB's planner does. The stock
 * backend uses an index only when the filter names exactly the index's keys, so each such
 * conditional update scans the whole collection: O(collection) per append, which made the store
 * quadratic in benchmark runs (measured: 61 records/s at 20,000 records). Likewise a filter
 * {@code {key: {$in: [...]}}} on a unique single-key index takes the index's answer as it is, where the
 * stock backend matched every hit against the whole list again. A filter bounding {@code _id} between two
 * whole numbers a few thousand apart (a page of the log's leaf index) looks each id up in the {@code _id}
 * index, where the stock backend scanned the whole collection per page: query's start-up replay of a
 * 1,000,000-leaf log took about 20 minutes that way. Results are unchanged; only the plan differs.
 *
 * <p>It also keeps four of MongoDB's rules the stock backend breaks: an ordered bulk update stops at its
 * first write error ({@link OrderedUpdates}); a single-document write is atomic to every reader,
 * {@code $inc} through {@code findAndModify} included ({@link Snapshots}); {@code hello} is answered
 * ({@link Hello}); and a {@code find} answers in MongoDB's batches ({@link Batches}).
 */
public final class IdFirstMemoryBackend extends MemoryBackend {

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (Hello.asks(command)) {
            return Hello.from(super.handleCommand(channel, databaseName, "isMaster", query));
        }
        if (command.equalsIgnoreCase("find")) {
            Document reply = Batches.answeringFind(() -> super.handleCommand(channel, databaseName, command, query));
            return Boolean.TRUE.equals(query.get("singleBatch")) ? Batches.closed(reply, getCursorRegistry()) : reply;
        }
        return OrderedUpdates.handle(command, query, q -> super.handleCommand(channel, databaseName, command, q));
    }

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new IdFirstDatabase(databaseName, getCursorRegistry());
    }

    static final class IdFirstCollection extends MemoryCollection {

        /** The widest {@code _id} range planned by look-ups (a leaf-index page is at most a few thousand). */
        static final int RANGE_PLAN = 65_536;

        private final Snapshots snapshots = new Snapshots(this);
        /** The stock collection's matcher is private; this one finds the array position a {@code $} update names. */
        private final QueryMatcher matcher = new DefaultQueryMatcher();

        IdFirstCollection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
            super(database, name, options, cursors);
        }

        /**
         * The collection's data size is summed when asked ({@code collStats}, {@code dbStats}, {@code validate}), not
         * kept up to date: the stock collection BSON-encodes the whole document on every insert and twice on every
         * update only to adjust that sum (a tenth of the stand-in's CPU in the ingest benchmark), where MongoDB
         * knows each document's BSON length already. The answer is the same; asking costs one encoding per document.
         */
        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        @Override
        protected synchronized int getDataSize() {
            return streamAllDocumentsWithPosition().mapToInt(d -> DataSizes.of(d.getDocument())).sum();
        }

        /**
         * A single-document update without upsert (what ingest sends for every acceptance, head and log-state change)
         * copies the stored document once ({@link CopyOnceUpdate}); the rest is the stock update.
         */
        @Override
        public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters filters, boolean multi,
                boolean upsert, Oplog oplog) {
            if (multi || upsert || getIndexes().isEmpty()) {
                return super.updateDocuments(selector, update, filters, multi, upsert, oplog);
            }
            int matched = 0;
            List<Object> updated = new ArrayList<>();
            for (Document document : queryDocuments(selector, null, 0, 0, 0, null)) {
                if (CopyOnceUpdate.apply(this, document, update, filters, matcher.matchPosition(document, selector))) {
                    updated.add(document.get(getIdField()));
                }
                matched++;
                break;
            }
            oplog.handleUpdate(getFullName(), selector, update, updated);
            return new Document("n", matched).append("nModified", updated.size());
        }

        @Override
        public synchronized Document findAndModify(Document query) {
            return Snapshots.ofFindAndModify(super.findAndModify(query));
        }

        @Override
        public QueryResult handleQuery(QueryParameters parameters) {
            return snapshots.query(() -> super.handleQuery(parameters));
        }

        /**
         * A {@code find}'s reply is cut into MongoDB's batches ({@link Batches}); the library's own reads (a write's
         * look-up, an aggregation's {@code $match}) still get every match at once, as they iterate it whole.
         */
        @Override
        protected QueryResult createQueryResult(List<Document> matched, int batchSize) {
            if (!Batches.inFind() || !snapshots.forReply()) {
                return super.createQueryResult(matched, batchSize);
            }
            return Batches.firstOf(snapshots.of(matched), batchSize, cursorRegistry);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize, Document fields) {
            Index<Integer> unique = uniqueIn(query);
            if (unique != null) {
                // the index returns exactly the documents whose key is in the list: matching each against the list again
                // (what the stock backend does) costs list length × hits, 14 ms for a 1,024-key read at 1M records
                return matchDocuments(new Document(), unique.getPositions(query), orderBy, skip, limit, batchSize, fields);
            }
            long[] range = idRange(query);
            Index<Integer> idIndex = range == null ? null : idIndex();
            if (idIndex != null) {
                // a bounded integral _id range (the log's leaf index, read a page at a time): MongoDB scans that stretch of
                // the _id index; the stock backend scans the whole collection, about a second per page at 1,000,000 leaves
                List<Integer> positions = new ArrayList<>();
                for (long key = range[0]; key <= range[1]; key++) {
                    idIndex.getPositions(new Document("_id", key)).forEach(positions::add);
                }
                return matchDocuments(query, positions, orderBy, skip, limit, batchSize, fields);
            }
            Object id = exactId(query);
            if (id != null) {
                Document byId = new Document("_id", id);
                for (Index<Integer> index : getIndexes()) {
                    if (index.getKeys().size() == 1 && index.getKeys().get(0).getKey().equals("_id") && index.canHandle(byId)) {
                        return matchDocuments(query, index.getPositions(byId), orderBy, skip, limit, batchSize, fields);
                    }
                }
            }
            // a non-unique index's leading key, by the smallest candidate set among those the filter pins
            EqualityIndex best = null;
            int fewest = Integer.MAX_VALUE;
            for (Index<Integer> index : getIndexes()) {
                if (index instanceof EqualityIndex equality && plainEquality(query, equality.leadingKey()) != null) {
                    int count = equality.count(plainEquality(query, equality.leadingKey()));
                    if (count < fewest) {
                        best = equality;
                        fewest = count;
                    }
                }
            }
            if (best != null) {
                return matchDocuments(query, best.positions(plainEquality(query, best.leadingKey())), orderBy, skip, limit, batchSize, fields);
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
        }

        /**
         * The unique single-key index that answers a filter of the form {@code {key: {$in: [plain values]}}}
         * exactly ({@code records} by {@code _id} or by {@code position}, claims, heads, registry names); else null.
         */
        private Index<Integer> uniqueIn(Document query) {
            if (query.size() != 1) {
                return null;
            }
            String key = query.keySet().iterator().next();
            if (!(query.get(key) instanceof Document condition) || condition.size() != 1
                    || !(condition.get("$in") instanceof java.util.Collection<?> values)
                    || values.stream().anyMatch(v -> v == null || v instanceof java.util.regex.Pattern || v instanceof java.util.Collection<?>)) {
                return null;
            }
            for (Index<Integer> index : getIndexes()) {
                if (index.isUnique() && index.getKeys().size() == 1 && index.getKeys().get(0).getKey().equals(key) && index.canHandle(query)) {
                    return index;
                }
            }
            return null;
        }

        private Index<Integer> idIndex() {
            for (Index<Integer> index : getIndexes()) {
                if (index.getKeys().size() == 1 && index.getKeys().get(0).getKey().equals("_id")) {
                    return index;
                }
            }
            return null;
        }

        /**
         * The ids, first and last, of a filter that bounds {@code _id} below and above by whole numbers
         * ({@code {_id: {$gte: a, $lt: b}}}, or the two bounds as terms of a top-level {@code $and}, other
         * conditions allowed beside) when at most {@value #RANGE_PLAN} ids lie between; else null. Every
         * candidate is matched against the whole filter again, so the bounds only narrow where to look.
         */
        private static long[] idRange(Document query) {
            List<Document> bounds = new ArrayList<>();
            if (query.get("_id") instanceof Document d && d.keySet().stream().allMatch(k -> k.startsWith("$"))) {
                bounds.add(d);
            }
            if (query.get("$and") instanceof List<?> terms) {
                for (Object term : terms) {
                    if (term instanceof Document t && t.size() == 1 && t.get("_id") instanceof Document d
                            && d.keySet().stream().allMatch(k -> k.startsWith("$"))) {
                        bounds.add(d);
                    }
                }
            }
            Long low = null;
            Long high = null;
            for (Document d : bounds) {
                for (String op : d.keySet()) {
                    if (!(d.get(op) instanceof Integer || d.get(op) instanceof Long)) {
                        continue;
                    }
                    long v = ((Number) d.get(op)).longValue();
                    switch (op) {
                        case "$gte" -> low = low == null ? v : Math.max(low, v);
                        case "$gt" -> low = low == null ? v + 1 : Math.max(low, v + 1);
                        case "$lte" -> high = high == null ? v : Math.min(high, v);
                        case "$lt" -> high = high == null ? v - 1 : Math.min(high, v - 1);
                        default -> { }
                    }
                }
            }
            if (low == null || high == null || high - low >= RANGE_PLAN) {
                return null;
            }
            return new long[] {low, Math.max(high, low - 1)};
        }

        /** The plain value a filter requires {@code key} to equal, flat or as a term of a top-level {@code $and}; else null. */
        private static Object plainEquality(Document query, String key) {
            Object flat = query.get(key);
            if (plain(flat)) {
                return flat;
            }
            if (query.get("$and") instanceof List<?> terms) {
                for (Object term : terms) {
                    if (term instanceof Document d && d.size() == 1 && plain(d.get(key))) {
                        return d.get(key);
                    }
                }
            }
            return null;
        }

        private static boolean plain(Object value) {
            return value instanceof String || value instanceof Number || value instanceof Boolean;
        }

        /** The {@code _id} a filter requires besides other conditions, flat or inside a top-level {@code $and}; else null. */
        private static Object exactId(Document query) {
            if (query.size() > 1 && query.containsKey("_id")) {
                return query.get("_id");
            }
            if (query.size() == 1 && query.get("$and") instanceof java.util.List<?> terms) {
                for (Object term : terms) {
                    if (term instanceof Document d && d.size() == 1 && d.containsKey("_id")) {
                        return d.get("_id");
                    }
                }
            }
            return null;
        }
    }
}

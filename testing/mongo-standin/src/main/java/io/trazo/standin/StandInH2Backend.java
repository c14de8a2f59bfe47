package io.trazo.standin;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.List;
import org.h2.mvstore.MVMap;

/**
 * The H2 backend (persistent, for local runs), with four of MongoDB's rules the stock one breaks: an
 * ordered bulk update stops at its first write error ({@link OrderedUpdates}); a single-document write
 * is atomic to every reader, {@code $inc} through {@code findAndModify} included ({@link Snapshots});
 * {@code hello} is answered ({@link Hello}); and a {@code find} answers in MongoDB's batches ({@link Batches}).
 */
final class StandInH2Backend extends H2Backend {

    // H2Database's map names for a collection's documents and its metadata (mongo-java-server 1.47.0)
    private static final String DATA_MAP = "databases.";
    private static final String META_MAP = "meta.";

    StandInH2Backend(String file) {
        super(file);
    }

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
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new AtomicDatabase(databaseName, getCursorRegistry());
    }

    /**
     * An inner class on purpose: H2Database's constructor opens the collections already stored, through
     * {@link #openOrCreateCollection}, before any field of a subclass is assigned; the enclosing backend
     * (and its store) is reachable then, because javac stores the outer instance before calling super.
     */
    private final class AtomicDatabase extends H2Database {

        AtomicDatabase(String name, CursorRegistry cursors) {
            super(name, getMvStore(), cursors);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap(DATA_MAP + fullName);
            MVMap<String, Object> meta = getMvStore().openMap(META_MAP + fullName);
            return new AtomicCollection(this, collectionName, options, data, meta, cursorRegistry);
        }
    }

    private static final class AtomicCollection extends H2Collection {

        private final Snapshots snapshots = new Snapshots(this);

        AtomicCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        public synchronized Document findAndModify(Document query) {
            return Snapshots.ofFindAndModify(super.findAndModify(query));
        }

        @Override
        public QueryResult handleQuery(QueryParameters parameters) {
            return snapshots.query(() -> super.handleQuery(parameters));
        }

        /** A {@code find}'s reply in MongoDB's batches ({@link Batches}); the library's own reads get every match. */
        @Override
        protected QueryResult createQueryResult(List<Document> matched, int batchSize) {
            if (!Batches.inFind() || !snapshots.forReply()) {
                return super.createQueryResult(matched, batchSize);
            }
            return Batches.firstOf(snapshots.of(matched), batchSize, cursorRegistry);
        }
    }
}

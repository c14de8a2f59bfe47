package io.trazo.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** Which records each of ingest's captures brought, in the {@code captures} collection (insert-only, keyed by capture id). */
public final class CaptureLog {

    private final MongoCollection<Document> captures;

    public CaptureLog(MongoDatabase database) {
        this.captures = database.withWriteConcern(WriteConcern.MAJORITY).getCollection(LedgerCollections.CAPTURES);
    }

    public void remember(String id, List<String> receiptKeys) {
        captures.insertOne(new Document("_id", id).append("records", receiptKeys).append("at", new Date()));
    }

    public Optional<List<String>> records(String id) {
        return Optional.ofNullable(captures.find(eq("_id", id)).first()).map(d -> d.getList("records", String.class));
    }
}

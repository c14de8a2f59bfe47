package io.trazo.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Which records each of ingest's captures brought, in the {@code captures} collection (insert-only, keyed
 * by capture id): each record's receipt key and the records-topic message it became, {@code topic/partition/offset}.
 */
public final class CaptureLog {

    /**
     * @param sources parallel to {@code keys}; empty for captures remembered before sources were kept,
     *     whose unreadable records can then only be matched by key, which their receipts lack
     */
    public record Capture(List<String> keys, List<String> sources) {}

    private final MongoCollection<Document> captures;

    public CaptureLog(MongoDatabase database) {
        this.captures = database.withWriteConcern(WriteConcern.MAJORITY).getCollection(LedgerCollections.CAPTURES);
    }

    public void remember(String id, List<String> receiptKeys, List<String> sources) {
        captures.insertOne(new Document("_id", id).append("records", receiptKeys).append("sources", sources).append("at", new Date()));
    }

    public Optional<Capture> find(String id) {
        return Optional.ofNullable(captures.find(eq("_id", id)).first()).map(d -> new Capture(d.getList("records", String.class),
                Optional.ofNullable(d.getList("sources", String.class)).orElse(List.of())));
    }
}

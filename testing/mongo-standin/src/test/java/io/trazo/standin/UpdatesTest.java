package io.trazo.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link CopyOnceUpdate} answers and stores what the stock backend does: the same sequence of single-document
 * updates (top-level and nested fields, arrays by position and by array filter, renames, replacements,
 * no-ops, misses, and updates the stock backend refuses: a duplicate key, an immutable {@code _id}, a type
 * error) gives the same result or error code on both, and leaves the same documents, in the same field order.
 */
class UpdatesTest {

    @RegisterExtension
    static final BackendPair BACKENDS = new BackendPair(UpdatesTest::seed);

    private static void seed(MongoDatabase db) {
        MongoCollection<Document> items = db.getCollection("items");
        items.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
        items.createIndex(Indexes.ascending("state"));
        for (int i = 0; i < 5; i++) {
            items.insertOne(new Document("_id", i).append("code", "c" + i).append("state", "PENDING").append("label", "item " + i)
                    .append("nested", new Document("v", (long) i).append("deeper", new Document("w", "x")))
                    .append("tags", new ArrayList<>(List.of("a", "b")))
                    .append("entries", new ArrayList<>(List.of(new Document("k", "one").append("n", 1L), new Document("k", "two").append("n", 2L)))));
        }
    }

    private static final List<Function<MongoCollection<Document>, UpdateResult>> UPDATES = List.of(
            c -> c.updateOne(Filters.and(Filters.eq("_id", 0), Filters.eq("state", "PENDING")), Updates.set("state", "ACCEPTED")),
            c -> c.updateOne(Filters.eq("_id", 0), Updates.set("state", "ACCEPTED")),
            c -> c.updateOne(Filters.and(Filters.eq("_id", 0), Filters.eq("state", "PENDING")), Updates.set("state", "REJECTED")),
            c -> c.updateOne(Filters.eq("_id", 1), Updates.combine(Updates.inc("nested.v", 10L), Updates.set("nested.deeper.w", "y"))),
            c -> c.updateOne(Filters.eq("_id", 1), Updates.push("tags", "c")),
            c -> c.updateOne(Filters.and(Filters.eq("_id", 2), Filters.eq("tags", "b")), Updates.set("tags.$", "z")),
            c -> c.updateOne(Filters.eq("_id", 2), Updates.set("entries.$[e].n", 9L),
                    new UpdateOptions().arrayFilters(List.of(Filters.eq("e.k", "two")))),
            c -> c.updateOne(Filters.eq("_id", 3), Updates.combine(Updates.unset("label"), Updates.rename("code", "sku"))),
            c -> c.updateOne(Filters.eq("_id", 3), Updates.set("added", new Document("fresh", true))),
            c -> c.replaceOne(Filters.eq("_id", 4), new Document("code", "c4").append("state", "REPLACED")),
            c -> c.updateOne(Filters.eq("_id", 1), Updates.set("code", "c2")),
            c -> c.updateOne(Filters.eq("_id", 1), Updates.set("_id", 99)),
            c -> c.updateOne(Filters.eq("_id", 1), Updates.inc("label", 1)),
            c -> c.updateOne(Filters.eq("_id", 42), Updates.set("state", "NOWHERE")),
            c -> c.updateOne(Filters.eq("state", "PENDING"), Updates.set("state", "FIRST")));

    @Test
    void everyUpdateAnswersAndStoresAsTheStockBackendDoes() {
        MongoCollection<Document> stock = BACKENDS.stock().getCollection("items");
        MongoCollection<Document> idFirst = BACKENDS.idFirst().getCollection("items");
        for (int u = 0; u < UPDATES.size(); u++) {
            assertThat(outcome(UPDATES.get(u), idFirst)).as("update %d", u).isEqualTo(outcome(UPDATES.get(u), stock));
            assertThat(all(idFirst)).as("the documents after update %d", u).isEqualTo(all(stock));
        }
        assertThat(idFirst.find(Filters.eq("state", "FIRST")).into(new ArrayList<>())).as("the state index moved the entry").hasSize(1);
        assertThat(idFirst.find(Filters.eq("code", "c2")).into(new ArrayList<>())).as("the unique index kept c2 to one document").hasSize(1);
    }

    private static String outcome(Function<MongoCollection<Document>, UpdateResult> update, MongoCollection<Document> items) {
        try {
            UpdateResult r = update.apply(items);
            return r.getMatchedCount() + "/" + r.getModifiedCount();
        } catch (MongoException e) {
            return "error " + e.getCode();
        }
    }

    /** Every document as JSON, field order included. */
    private static List<String> all(MongoCollection<Document> items) {
        return items.find().sort(Sorts.ascending("_id")).map(Document::toJson).into(new ArrayList<>());
    }
}

package io.trazo.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The unique indexes read a plain key directly ({@link PlainKeyUniqueIndex}); which writes they refuse and what is
 * stored afterwards is what the stock backend refuses and stores: numbers equal across types (1, 1L, 1.0, -0.0 and
 * 0), longs beyond a double's precision kept apart, a sparse index skipping missing keys, an update
 * moving a key onto a taken one, and keys that are sub-documents or arrays (the library's own path).
 */
class PlainKeyUniqueIndexTest {

    /** The outcomes of {@link #script} on the stock backend, then on the stand-in's (the pair seeds in that order). */
    private static final List<List<String>> OUTCOMES = new ArrayList<>();

    @RegisterExtension
    static final BackendPair BACKENDS = new BackendPair(db -> OUTCOMES.add(script(db)));

    @Test
    void refusesAndStoresWhatTheStockBackendDoes() {
        assertThat(OUTCOMES).hasSize(2);
        assertThat(OUTCOMES.get(0)).contains("ok").anyMatch(o -> o.startsWith("dup E11000"));
        assertThat(OUTCOMES.get(1)).isEqualTo(OUTCOMES.get(0));
        Bson all = new Document();
        assertThat(BACKENDS.idFirst().getCollection("c").find(all).sort(Sorts.ascending("n")).into(new ArrayList<>()))
                .isEqualTo(BACKENDS.stock().getCollection("c").find(all).sort(Sorts.ascending("n")).into(new ArrayList<>()));
    }

    /** Each write's outcome, "ok" or "dup" with the server's message, in order. */
    private static List<String> script(MongoDatabase db) {
        MongoCollection<Document> c = db.getCollection("c");
        c.createIndex(Indexes.ascending("position"), new IndexOptions().unique(true).sparse(true));
        c.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
        List<String> out = new ArrayList<>();
        List<Document> docs = List.of(
                new Document("_id", "a").append("n", 1).append("position", 1L).append("code", "x"),
                new Document("_id", "b").append("n", 2).append("position", 1.0).append("code", "y"),
                new Document("_id", "c").append("n", 3).append("position", 1).append("code", "z"),
                new Document("_id", "d").append("n", 4).append("code", "w"),
                new Document("_id", "e").append("n", 5).append("code", "v"),
                new Document("_id", "a").append("n", 8).append("code", "s"),
                new Document("_id", 9_007_199_254_740_993L).append("n", 9).append("code", "r"),
                new Document("_id", 9_007_199_254_740_992L).append("n", 10).append("code", "q"),
                new Document("_id", 0.0).append("n", 11).append("code", "p"),
                new Document("_id", -0.0).append("n", 12).append("code", "o"),
                new Document("_id", new Document("lot", "l").append("p", 0)).append("n", 13).append("code", "m"),
                new Document("_id", new Document("lot", "l").append("p", 0)).append("n", 14).append("code", "k"),
                new Document("_id", "h").append("n", 15).append("code", List.of("j", "i")),
                new Document("_id", "i").append("n", 16).append("code", "i"),
                new Document("_id", "j").append("n", 17));
        for (Document d : docs) {
            out.add(outcome(() -> c.insertOne(d)));
        }
        out.add(outcome(() -> c.updateOne(Filters.eq("_id", "d"), Updates.set("position", 1L))));
        out.add(outcome(() -> c.updateOne(Filters.eq("_id", "d"), Updates.set("position", 2L))));
        out.add(outcome(() -> c.updateOne(Filters.eq("_id", "e"), Updates.set("position", 2.0))));
        out.add(outcome(() -> c.updateOne(Filters.eq("_id", "a"), Updates.unset("position"))));
        out.add(outcome(() -> c.updateOne(Filters.eq("_id", "e"), Updates.set("position", 1))));
        out.add(outcome(() -> c.deleteOne(Filters.eq("_id", "e"))));
        out.add(outcome(() -> c.insertOne(new Document("_id", "e").append("n", 18).append("position", 1).append("code", "e"))));
        out.add(String.valueOf(c.countDocuments(Filters.eq("position", 1))));
        return out;
    }

    private static String outcome(Runnable write) {
        try {
            write.run();
            return "ok";
        } catch (MongoWriteException e) {
            return e.getError().getCode() == 11000 ? "dup " + e.getError().getMessage() : "error " + e.getError().getCode();
        }
    }
}

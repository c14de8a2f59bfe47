package io.trazo.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stand-in's non-unique indexes only narrow where a filter looks: after inserts (before and after the
 * index exists), updates that move a document between values, and deletes, every filter returns what the
 * stock backend returns, in the same order.
 */
class EqualityIndexTest {

    @RegisterExtension
    static final BackendPair BACKENDS = new BackendPair(EqualityIndexTest::seed);

    private static void seed(MongoDatabase db) {
        MongoCollection<Document> records = db.getCollection("records");
        for (int i = 0; i < 100; i++) {
            records.insertOne(record(i));
        }
        records.createIndex(Indexes.ascending("actor", "time"));
        records.createIndex(Indexes.ascending("subjects", "time"));
        records.createIndex(Indexes.ascending("state"));
        for (int i = 100; i < 300; i++) {
            records.insertOne(record(i));
        }
        records.updateMany(Filters.eq("actor", "a3"), Updates.set("actor", "a4"));
        records.updateMany(Filters.and(Filters.eq("state", "PENDING"), Filters.lt("time", 150)), Updates.set("state", "ACCEPTED"));
        records.deleteMany(Filters.eq("type", "plot"));
        records.updateOne(Filters.eq("_id", "r7"), Updates.unset("actor"));
    }

    private static Document record(int i) {
        Document d = new Document("_id", "r" + i).append("actor", "a" + (i % 7)).append("time", i)
                .append("type", i % 11 == 0 ? "plot" : i % 5 == 0 ? "certificate_status" : "event")
                .append("state", i % 3 == 0 ? "PENDING" : "ACCEPTED").append("position", (long) i);
        if (i % 4 == 0) {
            d.append("subjects", List.of("lot:" + (i % 8), "actor:a" + (i % 7)));
        }
        return d;
    }

    static Stream<Bson> filters() {
        return Stream.of(
                Filters.and(Filters.eq("actor", "a2"), Filters.eq("type", "certificate_status"), Filters.eq("state", "ACCEPTED")),
                Filters.and(Filters.eq("actor", "a4"), Filters.eq("type", "event")),
                Filters.eq("actor", "a3"),
                Filters.and(Filters.eq("actor", "a1"), Filters.gte("time", 40), Filters.lt("time", 240)),
                Filters.eq("subjects", "lot:4"),
                Filters.and(Filters.eq("subjects", "actor:a0"), Filters.eq("state", "PENDING")),
                Filters.eq("state", "PENDING"),
                Filters.eq("actor", "nobody"),
                Filters.and(Filters.eq("actor", "a5"), Filters.eq("_id", "r12")),
                Filters.or(Filters.eq("actor", "a1"), Filters.eq("actor", "a2")));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void everyFilterReturnsWhatTheStockBackendReturnsInTheSameOrder(Bson filter) {
        assertThat(find(BACKENDS.idFirst(), filter, null)).isEqualTo(find(BACKENDS.stock(), filter, null));
        assertThat(find(BACKENDS.idFirst(), filter, Sorts.descending("time"))).isEqualTo(find(BACKENDS.stock(), filter, Sorts.descending("time")));
    }

    private static List<Document> find(MongoDatabase db, Bson filter, Bson sort) {
        var found = db.getCollection("records").find(filter);
        return (sort == null ? found : found.sort(sort)).into(new ArrayList<>());
    }
}

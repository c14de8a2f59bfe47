package io.trazo.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The non-unique indexes on dotted paths ({@code records}' EPCIS query fields {@code q.anyEPC}, {@code q.eventType})
 * and through updates that leave an indexed value as it was, change one element of an indexed array, or remove the
 * sub-document: every filter returns what the stock backend returns, in the same order. Also documents whose path
 * runs through an array of sub-documents or a scalar, which MongoDB's multikey rules index differently from a plain
 * sub-document.
 */
class EqualityIndexPathsTest {

    @RegisterExtension
    static final BackendPair BACKENDS = new BackendPair(EqualityIndexPathsTest::seed);

    private static void seed(MongoDatabase db) {
        MongoCollection<Document> records = db.getCollection("records");
        records.createIndex(Indexes.ascending("q.anyEPC", "time"));
        records.createIndex(Indexes.ascending("q.eventType", "time"));
        records.createIndex(Indexes.ascending("state"));
        records.createIndex(Indexes.ascending("a.0.b"));
        for (int i = 0; i < 120; i++) {
            records.insertOne(record(i));
        }
        // a state change: every dotted key stays; then one element of an indexed array moves; then q goes away
        records.updateMany(Filters.lt("time", 60), Updates.set("state", "ACCEPTED"));
        List<String> plainQ = IntStream.range(0, 120).filter(i -> i % 10 < 7).mapToObj(i -> "r" + i).toList();
        records.updateMany(Filters.and(Filters.in("_id", plainQ), Filters.eq("q.anyEPC", "epc:3")), Updates.pull("q.anyEPC", "epc:3"));
        records.updateMany(Filters.and(Filters.in("_id", plainQ), Filters.gte("time", 40), Filters.lt("time", 60)),
                Updates.push("q.anyEPC", "epc:new"));
        records.updateOne(Filters.eq("_id", "r10"), Updates.unset("q"));
        records.updateOne(Filters.eq("_id", "r11"), Updates.set("q.eventType", "TransformationEvent"));
        records.deleteMany(Filters.eq("time", 21));
    }

    private static Document record(int i) {
        Document d = new Document("_id", "r" + i).append("time", i).append("state", "PENDING");
        List<String> epcs = List.of("epc:" + (i % 9), "epc:" + (i % 4 + 20));
        Document q = new Document("anyEPC", epcs).append("eventType", i % 3 == 0 ? "AggregationEvent" : "ObjectEvent");
        switch (i % 10) {
            case 7 -> d.append("q", List.of(q, new Document("anyEPC", "epc:array")));  // an array of sub-documents
            case 8 -> d.append("q", "scalar");
            case 9 -> { }  // no q
            default -> d.append("q", q);
        }
        if (i % 5 == 0) {
            d.append("a", List.of(new Document("b", "x" + (i % 3)), new Document("b", "y")));
        }
        return d;
    }

    static Stream<Bson> filters() {
        return Stream.of(
                Filters.eq("q.anyEPC", "epc:4"),
                Filters.eq("q.anyEPC", "epc:3"),
                Filters.eq("q.anyEPC", "epc:new"),
                Filters.eq("q.anyEPC", "epc:array"),
                Filters.and(Filters.eq("q.anyEPC", "epc:21"), Filters.eq("state", "ACCEPTED")),
                Filters.and(Filters.eq("q.eventType", "ObjectEvent"), Filters.gte("time", 30)),
                Filters.eq("q.eventType", "TransformationEvent"),
                Filters.eq("state", "PENDING"),
                Filters.eq("a.0.b", "x1"),
                Filters.eq("a.0.b", "y"));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void everyFilterReturnsWhatTheStockBackendReturns(Bson filter) {
        List<Document> expected = find(BACKENDS.stock(), filter);
        assertThat(find(BACKENDS.idFirst(), filter)).isEqualTo(expected);
    }

    private static List<Document> find(MongoDatabase db, Bson filter) {
        return db.getCollection("records").find(filter).into(new ArrayList<>());
    }
}

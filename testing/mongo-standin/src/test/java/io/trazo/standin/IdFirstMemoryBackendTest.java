package io.trazo.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher's backend only plans differently from the stock memory backend: every filter the
 * ledger sends returns the same documents from both, over the wire, on the same data.
 */
class IdFirstMemoryBackendTest {

    @RegisterExtension
    static final BackendPair BACKENDS = new BackendPair(IdFirstMemoryBackendTest::seed);

    private static void seed(MongoDatabase db) {
        MongoCollection<Document> records = db.getCollection("records");
        records.createIndex(Indexes.ascending("position"), new IndexOptions().unique(true).sparse(true));
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Document d = new Document("_id", "h" + i).append("state", i % 3 == 0 ? "PENDING" : "ACCEPTED");
            if (i % 3 != 0) {
                d.append("position", (long) i);
            }
            docs.add(d);
        }
        docs.add(new Document("_id", "seal:301").append("state", "SEALED").append("position", 301L));
        records.insertMany(docs);
        MongoCollection<Document> leaves = db.getCollection("log_leaves");
        for (int i = 0; i < 400; i++) {
            if (i % 97 != 13) {  // a few holes; small ids as 32-bit integers, as a driver may write them
                leaves.insertOne(new Document("_id", i < 50 ? (Object) i : (Object) (long) i).append("mapped", i % 7 == 0));
            }
        }
        MongoCollection<Document> claims = db.getCollection("lot_claims");
        for (int i = 0; i < 50; i++) {
            claims.insertOne(new Document("_id", new Document("lot", "lot:" + (i % 5)).append("p", (long) (i / 5))).append("record", "h" + i));
        }
    }

    static Stream<Bson> filters() {
        List<Object> ids = new ArrayList<>(List.of("h1", "h2", "h3", "absent", "h299", "h1"));
        List<Object> positions = new ArrayList<>(List.of(1L, 2L, 3L, 4L, 299L, 301L, 1000L));
        return Stream.of(
                Filters.in("_id", ids),
                Filters.in("position", positions),
                Filters.in("position", List.of(1, 2L, 5.0)),
                Filters.in("_id", List.of()),
                Filters.and(Filters.eq("_id", "h3"), Filters.eq("state", "PENDING")),
                Filters.and(Filters.eq("_id", "h4"), Filters.eq("state", "PENDING")),
                Filters.and(Filters.in("position", positions), Filters.eq("state", "ACCEPTED")),
                Filters.eq("position", 7L),
                Filters.eq("state", "SEALED"));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void everyFilterReturnsWhatTheStockBackendReturns(Bson filter) {
        assertThat(find(BACKENDS.idFirst(), "records", filter)).isEqualTo(find(BACKENDS.stock(), "records", filter));
    }

    @ParameterizedTest
    @MethodSource("claimFilters")
    void documentIdsInAnInListAreMatchedExactly(Bson filter) {
        assertThat(find(BACKENDS.idFirst(), "lot_claims", filter)).isEqualTo(find(BACKENDS.stock(), "lot_claims", filter)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("rangeFilters")
    void aBoundedIdRangeReturnsWhatTheStockBackendReturnsInTheSameOrder(Bson filter) {
        assertThat(findSorted(BACKENDS.idFirst(), filter)).isEqualTo(findSorted(BACKENDS.stock(), filter));
    }

    static Stream<Bson> rangeFilters() {
        return Stream.of(
                Filters.and(Filters.gte("_id", 0L), Filters.lt("_id", 256L)),
                Filters.and(Filters.gte("_id", 40), Filters.lt("_id", 60L)),
                Filters.and(Filters.gt("_id", 100L), Filters.lte("_id", 120L)),
                Filters.and(Filters.eq("mapped", true), Filters.gte("_id", 5L), Filters.lt("_id", 390L)),
                Filters.and(Filters.gte("_id", 300L), Filters.lt("_id", 300L)),
                Filters.and(Filters.gte("_id", 395L), Filters.lt("_id", 10_000L)),
                Filters.and(Filters.gte("_id", 2.5), Filters.lt("_id", 9L)),
                Filters.gte("_id", 390L));
    }

    private static List<Document> findSorted(MongoDatabase db, Bson filter) {
        return db.getCollection("log_leaves").find(filter).sort(com.mongodb.client.model.Sorts.ascending("_id"))
                .limit(100).into(new ArrayList<>());
    }

    static Stream<Bson> claimFilters() {
        return Stream.of(Filters.in("_id", List.of(new Document("lot", "lot:1").append("p", 0L), new Document("lot", "lot:4").append("p", 9L),
                new Document("lot", "lot:9").append("p", 0L))));
    }

    private static Set<Document> find(MongoDatabase db, String collection, Bson filter) {
        return db.getCollection(collection).find(filter).into(new HashSet<>());
    }
}

package io.trazo.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stand-in sums a collection's data size when asked instead of re-encoding documents on every write: after
 * inserts, growing and shrinking updates and deletes, {@code collStats} and {@code dbStats} report the stock
 * backend's sizes.
 */
class DataSizeTest {

    @RegisterExtension
    static final BackendPair BACKENDS = new BackendPair(DataSizeTest::seed);

    private static void seed(MongoDatabase db) {
        MongoCollection<Document> records = db.getCollection("records");
        for (int i = 0; i < 50; i++) {
            records.insertOne(new Document("_id", "r" + i).append("state", "PENDING").append("body", "x".repeat(i * 7)));
        }
        records.updateMany(Filters.lt("_id", "r3"), Updates.combine(Updates.set("state", "ACCEPTED"), Updates.set("position", 42L)));
        records.updateOne(Filters.eq("_id", "r40"), Updates.unset("body"));
        records.deleteMany(Filters.regex("_id", "^r1"));
        db.getCollection("counters").insertOne(new Document("_id", "ledger-position").append("value", 0L));
        db.getCollection("counters").updateOne(Filters.eq("_id", "ledger-position"), Updates.inc("value", 1000L));
    }

    @Test
    void collectionStatsReportTheStockBackendsSize() {
        Document stock = BACKENDS.stock().runCommand(new Document("collStats", "records"));
        Document idFirst = BACKENDS.idFirst().runCommand(new Document("collStats", "records"));
        assertThat(stock.get("size")).isNotEqualTo(0);
        assertThat(idFirst.get("size")).isEqualTo(stock.get("size"));
        assertThat(idFirst.get("avgObjSize")).isEqualTo(stock.get("avgObjSize"));
        assertThat(idFirst.get("count")).isEqualTo(stock.get("count"));
    }

    @Test
    void databaseStatsReportTheStockBackendsDataSize() {
        Document stock = BACKENDS.stock().runCommand(new Document("dbStats", 1));
        Document idFirst = BACKENDS.idFirst().runCommand(new Document("dbStats", 1));
        assertThat(idFirst.get("dataSize")).isEqualTo(stock.get("dataSize"));
        assertThat(idFirst.get("objects")).isEqualTo(stock.get("objects"));
    }
}

package io.trazo.mongo;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Puts accepted records straight into a ledger database, in the documents {@link MongoLedgerStore}
 * writes (one mapping, {@link RecordDocuments}), for benchmarks that need a million-record ledger
 * without running the append protocol a million times. Not a store: it skips every check the
 * protocol makes, so only a benchmark's own data goes through it.
 */
public final class BulkLoad {

    private BulkLoad() {}

    /** Inserts records that are already ACCEPTED at their positions, in one unordered insertMany. */
    public static void accepted(MongoDatabase db, List<StoredRecord> records) {
        List<Document> docs = new ArrayList<>(records.size());
        for (StoredRecord r : records) {
            if (r.state() != RecordState.ACCEPTED || r.position().isEmpty()) {
                throw new IllegalArgumentException("only accepted records with a position are bulk-loaded: " + r);
            }
            docs.add(RecordDocuments.toDocument(r));
        }
        db.withWriteConcern(WriteConcern.MAJORITY).getCollection("records").insertMany(docs, new InsertManyOptions().ordered(false));
    }

    /** Sets the position counter, as if {@code last} positions had been drawn. */
    public static void drawn(MongoDatabase db, long last) {
        db.withWriteConcern(WriteConcern.MAJORITY).getCollection(LedgerCollections.COUNTERS).updateOne(
                Filters.eq("_id", LedgerCollections.LEDGER_POSITION), Updates.set("value", last), new UpdateOptions().upsert(true));
    }
}

package io.trazo.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.trazo.ledger.store.RecordState;
import java.util.Date;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The EPCIS query indexes on {@code records} and the one-time backfill of the fields they index
 * ({@link EventProjection}'s {@code q}, and {@code recordTime}) into documents written before those
 * fields existed. The backfill is idempotent (each update is conditional on the field still missing),
 * so concurrent instances may run it together; a marker in {@code counters} keeps later start-ups from
 * scanning the collection again.
 */
final class EventIndexes {

    static final String BACKFILL_MARKER = "backfill:epcis-query-fields-v1";

    private EventIndexes() {}

    static void ensure(MongoCollection<Document> records, MongoCollection<Document> counters) {
        for (EventField f : new EventField[] {EventField.ANY_EPC, EventField.ANY_EPC_CLASS, EventField.EVENT_TYPE,
                EventField.DISPOSITION, EventField.READ_POINT, EventField.BIZ_LOCATION}) {
            records.createIndex(Indexes.ascending(f.path(), "time"), new IndexOptions().name(f.path() + "_time"));
        }
        records.createIndex(Indexes.ascending(EventField.EVENT_ID.path()), new IndexOptions().name(EventField.EVENT_ID.path()));
        records.createIndex(Indexes.ascending(EventQueries.RECORD_TIME, "_id"), new IndexOptions().name("recordTime__id"));
        records.createIndex(Indexes.ascending("type", "time", "_id"), new IndexOptions().name("type_time__id"));
        if (counters.find(eq("_id", BACKFILL_MARKER)).first() == null) {
            backfill(records);
            try {
                counters.insertOne(new Document("_id", BACKFILL_MARKER).append("at", new Date()));
            } catch (MongoWriteException e) {
                if (!DuplicateKeys.isDuplicateKey(e)) {
                    throw e;
                }
            }
        }
    }

    /** Accepted records from before {@code recordTime} get the time their document was inserted: the closest the store knows. */
    static void backfill(MongoCollection<Document> records) {
        for (Document d : records.find(and(eq("type", "event"), exists(EventProjection.FIELD, false)))
                .projection(Projections.include("_id", "wire"))) {
            RecordDocuments.eventProjection(d.get("wire", Binary.class).getData()).ifPresent(q -> records.updateOne(
                    and(eq("_id", d.getString("_id")), exists(EventProjection.FIELD, false)), Updates.set(EventProjection.FIELD, q)));
        }
        for (Document d : records.find(and(eq(RecordDocuments.STATE, RecordState.ACCEPTED.name()), exists(EventQueries.RECORD_TIME, false)))
                .projection(Projections.include("_id", "insertedAt"))) {
            Date inserted = d.getDate("insertedAt");
            if (inserted != null) {
                records.updateOne(and(eq("_id", d.getString("_id")), exists(EventQueries.RECORD_TIME, false)),
                        Updates.set(EventQueries.RECORD_TIME, inserted));
            }
        }
    }
}

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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The EPCIS query indexes on {@code records}, the retirement of the indexes they replace, and the one-time
 * backfill of the fields they index ({@link EventAttributes}' {@code epcis}, and {@code recordTime}) into
 * documents written before those fields existed. The backfill is idempotent (each update is conditional on
 * the field still missing), so concurrent instances may run it together; a marker in {@code counters}
 * keeps later start-ups from scanning the collection again.
 */
final class EventIndexes {

    static final String BACKFILL_MARKER = "backfill:epcis-attributes-v2";
    /** The attribute index: every {@link EventField} but {@code bizStep}, in (entry, time) order. */
    static final String ATTRIBUTES_INDEX = EventAttributes.FIELD + "_time";
    /**
     * Indexes of earlier schemas that {@link #ATTRIBUTES_INDEX} replaces: one per EPCIS field over the former
     * {@code q} sub-document, and {@code eventId}, whose look-up ({@link LedgerQueries#byEventId}) the attribute
     * index now serves. Each would cost every insert an index write and no query would use it.
     */
    static final Set<String> RETIRED = Set.of("q.anyEPC_time", "q.anyEPCClass_time", "q.eventType_time", "q.disposition_time",
            "q.readPoint_time", "q.bizLocation_time", "q.eventID", "eventId");
    /** The former projection: a sub-document with a field per {@link EventField}, which the backfill removes. */
    static final String FORMER_PROJECTION = "q";

    private EventIndexes() {}

    static void ensure(MongoCollection<Document> records, MongoCollection<Document> counters) {
        records.createIndex(Indexes.ascending(EventAttributes.FIELD, "time"), new IndexOptions().name(ATTRIBUTES_INDEX));
        records.createIndex(Indexes.ascending(EventQueries.RECORD_TIME, "_id"), new IndexOptions().name("recordTime__id"));
        records.createIndex(Indexes.ascending("type", "time", "_id"), new IndexOptions().name("type_time__id"));
        retire(records);
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

    /** Drops the {@link #RETIRED} indexes that exist; listed first, so no error code has to be told apart from a real failure. */
    static void retire(MongoCollection<Document> records) {
        List<String> present = new ArrayList<>();
        records.listIndexes().forEach(i -> present.add(i.getString("name")));
        for (String name : present) {
            if (RETIRED.contains(name)) {
                records.dropIndex(name);
            }
        }
    }

    /**
     * Event documents without {@code epcis} get it (and lose the former {@code q}); accepted records from before
     * {@code recordTime} get the time their document was inserted, the closest the store knows.
     */
    static void backfill(MongoCollection<Document> records) {
        for (Document d : records.find(and(eq("type", "event"), exists(EventAttributes.FIELD, false)))
                .projection(Projections.include("_id", "wire"))) {
            RecordDocuments.eventAttributes(d.get("wire", Binary.class).getData()).ifPresent(entries -> records.updateOne(
                    and(eq("_id", d.getString("_id")), exists(EventAttributes.FIELD, false)),
                    Updates.combine(Updates.set(EventAttributes.FIELD, entries), Updates.unset(FORMER_PROJECTION))));
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

package io.trazo.mongo;

import static com.mongodb.client.model.Filters.eq;
import static io.trazo.mongo.DuplicateKeys.isDuplicateKey;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.trazo.ledger.location.Locations;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.store.StoredRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The writes of {@code locations}: each location record's hash is added to its GLN's document before the
 * record itself is inserted, so no stored location record lacks its entry, whatever crashes in between;
 * an entry whose record never arrived or was refused is skipped by readers, which take only accepted
 * records. {@code $addToSet} with upsert on {@code _id} is one atomic, idempotent single-document write;
 * two instances upserting the same new GLN at once is a duplicate-key race that MongoDB (4.2 and later)
 * retries on the server, since the filter is an equality on the unique {@code _id}. The list per GLN grows
 * only with records that passed ingest's checks, each signed by a registered actor.
 */
final class MongoLocations {

    private final MongoLedgerReader ledger;

    MongoLocations(MongoLedgerReader ledger) {
        this.ledger = ledger;
    }

    /** Entries for the location records among {@code batch}; records of other types are ignored. */
    void offered(List<StoredRecord> batch) {
        Map<String, List<String>> byGln = new LinkedHashMap<>();
        for (StoredRecord r : batch) {
            if (r.type() == RecordType.LOCATION) {
                byGln.computeIfAbsent(Locations.read(r.parse()).gln(), g -> new ArrayList<>()).add(r.hash().hex());
            }
        }
        if (!byGln.isEmpty()) {
            ledger.call("indexLocations", () -> {
                byGln.forEach(this::add);
                return null;
            });
        }
    }

    /**
     * Entries for the location records stored before this collection existed, once: a scan of {@code records}
     * by type at start-up, marked done in {@code counters}. Idempotent like every {@link #offered} write.
     */
    int backfill() {
        return ledger.call("backfillLocations", () -> {
            if (ledger.counters.find(eq("_id", LedgerCollections.LOCATIONS_BACKFILLED)).first() != null) {
                return 0;
            }
            int indexed = 0;
            for (Document d : ledger.records.find(eq("type", RecordType.LOCATION.wire())).projection(Projections.include("_id", "wire"))) {
                add(Locations.read(RecordCodec.parse(d.get("wire", Binary.class).getData())).gln(), List.of(d.getString("_id")));
                indexed++;
            }
            try {
                ledger.counters.insertOne(new Document("_id", LedgerCollections.LOCATIONS_BACKFILLED).append("value", 1L));
            } catch (MongoWriteException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
            }
            return indexed;
        });
    }

    private void add(String gln, List<String> hashes) {
        ledger.locations.updateOne(eq("_id", gln), Updates.addEachToSet("records", hashes), new UpdateOptions().upsert(true));
    }
}

package io.trazo.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.currentDate;
import static com.mongodb.client.model.Updates.set;
import static io.trazo.mongo.DuplicateKeys.duplicates;
import static io.trazo.mongo.DuplicateKeys.isDuplicateKey;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.plot.Plots;
import io.trazo.append.LedgerStore;
import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The {@link LedgerStore} on MongoDB, with the schema of docs/operations.md. This class sets up the
 * indexes and writes the records and the registry bindings; the look-ups are in
 * {@link MongoLedgerReader}, the ledger positions in {@link MongoPositions}, and the claims and heads of
 * the lot chains in {@link MongoLotWrites}. Every write is a single-document command at majority
 * write concern, or an unordered bulk of independent ones ({@code insertMany}, {@code bulkWrite}) for
 * the batch append; every uniqueness rule of the port is a unique index, and the duplicate-key error
 * (11000) it raises is turned into the port's result for that document, never thrown
 * ({@link DuplicateKeys}). No method uses a session or a transaction: MongoDB makes each of these
 * single-document writes atomic, and replaying a step is idempotent. Any other driver failure becomes
 * a {@link StoreException}.
 */
public final class MongoLedgerStore extends MongoLedgerReader implements LedgerStore {
    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    private final MongoPositions positions;
    private final MongoLotWrites lots;
    private final MongoLocations locationIndex;
    private final LedgerQueries queries;

    public MongoLedgerStore(MongoDatabase database) {
        this(database, new SimpleMeterRegistry());
    }

    /** With a timer per store operation, {@code trazo.ingest.store{op}}: where the append protocol's store time goes. */
    public MongoLedgerStore(MongoDatabase database, MeterRegistry meters) {
        super(database, meters, "trazo.ingest.store", false);
        this.positions = new MongoPositions(this);
        this.lots = new MongoLotWrites(this);
        this.locationIndex = new MongoLocations(this);
        this.queries = new LedgerQueries(database);
    }

    /** The registrant's accepted plot records through the {@code {actor, time}} index: a farm registers few plots. */
    @Override
    public Optional<Digest> plot(String plotId, String registrant) {
        return call("plot", () -> queries.plotsBy(registrant).stream()
                .filter(r -> Plots.read(r.parse()).plotId().equals(plotId)).map(StoredRecord::hash).findFirst());
    }

    /**
     * Creates the indexes the invariants rely on and the position counter, and keys the GS1 lots written
     * before {@code lot_keys} existed ({@link MongoLotKeys#backfill()}) and the location records stored before
     * {@code locations} ({@link MongoLocations#backfill()}); idempotent, so every
     * instance runs it at start-up. The position index is sparse: only documents that carry a position
     * are indexed, so the PENDING and REJECTED records, which have none, do not collide on a missing key
     * (a partial filter on {@code position} existing would index the same documents).
     */
    public MongoLedgerStore ensureIndexes() {
        return call("ensureIndexes", () -> {
            records.createIndex(Indexes.ascending(RecordDocuments.POSITION),
                    new IndexOptions().name("position_unique").unique(true).sparse(true));
            records.createIndex(Indexes.ascending(RecordDocuments.STATE), new IndexOptions().name("state"));
            records.createIndex(Indexes.ascending("actor", "time"), new IndexOptions().name("actor_time"));
            records.createIndex(Indexes.ascending(EventField.BIZ_STEP_FIELD, "time"), new IndexOptions().name("bizStep_time"));
            records.createIndex(Indexes.ascending(RecordDocuments.SUBJECTS, "time"), new IndexOptions().name("subjects_time").sparse(true));
            EventIndexes.ensure(records, counters);
            try {
                counters.insertOne(new Document("_id", LedgerCollections.LEDGER_POSITION).append("value", 0L));
            } catch (MongoWriteException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
            }
            lots.backfillKeys();
            locationIndex.backfill();
            return this;
        });
    }

    @Override
    public boolean insertPending(StoredRecord record) {
        Document doc = RecordDocuments.toDocument(record);
        doc.put(RecordDocuments.STATE, RecordState.PENDING.name());
        doc.remove(RecordDocuments.POSITION);
        doc.remove("rejection");
        locationIndex.offered(List.of(record));
        return call("insertPending", () -> {
            try {
                records.insertOne(doc);
                return true;
            } catch (MongoWriteException e) {
                if (isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** One unordered {@code insertMany}: each document stands alone, duplicate keys are the records already present. */
    @Override
    public Set<Digest> insertPending(List<StoredRecord> batch) {
        List<Document> docs = new ArrayList<>(batch.size());
        for (StoredRecord record : batch) {
            Document doc = RecordDocuments.toDocument(record);
            doc.put(RecordDocuments.STATE, RecordState.PENDING.name());
            doc.remove(RecordDocuments.POSITION);
            doc.remove("rejection");
            docs.add(doc);
        }
        locationIndex.offered(batch);
        return call("insertPendingAll", () -> {
            Set<Integer> present = duplicates(() -> records.insertMany(docs, UNORDERED));
            Set<Digest> inserted = new HashSet<>();
            for (int i = 0; i < batch.size(); i++) {
                if (!present.contains(i)) {
                    inserted.add(batch.get(i).hash());
                }
            }
            return inserted;
        });
    }

    /**
     * Acceptance, with the EPCIS {@code recordTime} set by the database's clock in the same atomic update:
     * a client polling with {@code GE_recordTime} sees a record when it becomes visible, however long it
     * waited as PENDING.
     */
    private static Bson accepted(long position) {
        return combine(set(RecordDocuments.STATE, RecordState.ACCEPTED.name()), set(RecordDocuments.POSITION, position),
                currentDate(EventQueries.RECORD_TIME));
    }

    @Override
    public boolean markAccepted(Digest hash, long position) {
        return call("markAccepted", () -> {
            try {
                return records.updateOne(and(eq("_id", hash.hex()), eq(RecordDocuments.STATE, RecordState.PENDING.name())),
                        accepted(position))
                        .getModifiedCount() == 1;
            } catch (MongoWriteException e) {
                if (isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    /**
     * One ordered bulk of {@link #markAccepted}'s conditional updates, each an upsert so that a refusal
     * is a write error, which stops an ordered bulk: the record is not PENDING any more (the upsert's
     * insert meets its own {@code _id}) or its position is taken (the unique position index). An
     * ordered bulk applies its updates one after another and none after the first error, which is the
     * port's rule. The upsert never inserts, because every record exists; if one did, the store is
     * reported corrupt.
     */
    @Override
    public int markAcceptedInOrder(List<Acceptance> inOrder) {
        if (inOrder.isEmpty()) {
            return 0;
        }
        List<UpdateOneModel<Document>> updates = inOrder.stream().map(a -> new UpdateOneModel<Document>(
                and(eq("_id", a.record().hex()), eq(RecordDocuments.STATE, RecordState.PENDING.name())),
                accepted(a.position()),
                new UpdateOptions().upsert(true))).toList();
        return call("markAcceptedInOrder", () -> {
            BulkWriteResult result;
            int refused = inOrder.size();
            try {
                result = records.bulkWrite(updates, new BulkWriteOptions().ordered(true));
            } catch (MongoBulkWriteException e) {
                if (e.getWriteConcernError() != null || e.getWriteErrors().size() != 1
                        || e.getWriteErrors().get(0).getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                result = e.getWriteResult();
                refused = e.getWriteErrors().get(0).getIndex();
            }
            if (!result.getUpserts().isEmpty()) {
                throw StoreException.corrupt("markAcceptedInOrder",
                        "accepted a record that did not exist: " + inOrder.get(result.getUpserts().get(0).getIndex()).record());
            }
            return refused;
        });
    }

    @Override
    public boolean markRejected(Digest hash, String reason) {
        return call("markRejected", () -> records.updateOne(
                and(eq("_id", hash.hex()), eq(RecordDocuments.STATE, RecordState.PENDING.name())),
                combine(set(RecordDocuments.STATE, RecordState.REJECTED.name()), set("rejection", reason))).getModifiedCount() == 1);
    }

    @Override
    public long nextPosition() {
        return positions.nextPosition();
    }

    @Override
    public long[] nextPositions(int count) {
        return positions.nextPositions(count);
    }

    @Override
    public boolean sealPosition(long position) {
        return positions.sealPosition(position);
    }

    @Override
    public Digest claim(String lot, long lotPosition, Digest record) {
        return lots.claim(lot, lotPosition, record);
    }

    @Override
    public List<Digest> claim(List<Claim> batch) {
        return lots.claim(batch);
    }

    @Override
    public void release(String lot, long lotPosition, Digest record) {
        lots.release(lot, lotPosition, record);
    }

    @Override
    public void advanceHeads(Collection<LotHead> batch) {
        lots.advanceHeads(batch);
    }

    @Override
    public void advanceHead(LotHead head) {
        lots.advanceHead(head);
    }

    @Override
    public Digest bind(RegistryKind kind, String name, Digest record) {
        return call("bind", () -> {
            try {
                registry.insertOne(new Document("_id", kind.name() + ":" + name).append("record", record.hex()));
                return record;
            } catch (MongoWriteException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
                return bound(kind, name).orElseThrow(() -> StoreException.corrupt("bind", kind + ":" + name + " vanished"));
            }
        });
    }

    @Override
    public List<Digest> pending(int limit) {
        return call("pending", () -> {
            List<Digest> out = new ArrayList<>();
            records.find(eq(RecordDocuments.STATE, RecordState.PENDING.name())).sort(Sorts.ascending("time")).limit(limit)
                    .forEach(d -> out.add(Digest.fromHex(d.getString("_id"))));
            return out;
        });
    }
}

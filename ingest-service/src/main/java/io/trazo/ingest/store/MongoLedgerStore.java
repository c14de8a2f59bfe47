package io.trazo.ingest.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.store.LedgerStore;
import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;

/**
 * The {@link LedgerStore} on MongoDB, with the schema of docs/operations.md; the look-ups are in
 * {@link MongoLedgerReads}. Every write is a single-document command at majority write concern, or an
 * unordered bulk of independent ones ({@code insertMany}, {@code bulkWrite}) for the batch append;
 * every uniqueness rule of the port is a unique index, and the duplicate-key error (11000) it raises
 * is turned into the port's result for that document, never thrown. No method uses a session or a
 * transaction, so the adapter also runs on the Mongo-wire stand-in. Any other driver failure becomes
 * a {@link StoreException}.
 */
public final class MongoLedgerStore extends MongoLedgerReads implements LedgerStore {
    private static final String SEAL_PREFIX = "seal:";
    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    public MongoLedgerStore(MongoDatabase database) {
        this(database, new SimpleMeterRegistry());
    }

    /** With a timer per store operation, {@code trazo.ingest.store{op}}: where the append protocol's store time goes. */
    public MongoLedgerStore(MongoDatabase database, MeterRegistry meters) {
        super(database, meters);
    }

    /**
     * Creates the indexes the invariants rely on, and the position counter; idempotent, so every
     * instance runs it at start-up. The position index is sparse rather than partial: the guarantee is
     * the same (only documents with a position are indexed), and the Mongo-wire stand-in ignores partial
     * filters but honours sparse.
     */
    public MongoLedgerStore ensureIndexes() {
        return call("ensureIndexes", () -> {
            records.createIndex(Indexes.ascending(RecordDocuments.POSITION),
                    new IndexOptions().name("position_unique").unique(true).sparse(true));
            records.createIndex(Indexes.ascending("eventId"), new IndexOptions().name("eventId").sparse(true));
            records.createIndex(Indexes.ascending(RecordDocuments.STATE), new IndexOptions().name("state"));
            records.createIndex(Indexes.ascending("actor", "time"), new IndexOptions().name("actor_time"));
            records.createIndex(Indexes.ascending("bizStep", "time"), new IndexOptions().name("bizStep_time"));
            try {
                counters.insertOne(new Document("_id", LEDGER_POSITION).append("value", 0L));
            } catch (MongoWriteException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
            }
            return this;
        });
    }

    @Override
    public boolean insertPending(StoredRecord record) {
        Document doc = RecordDocuments.toDocument(record);
        doc.put(RecordDocuments.STATE, RecordState.PENDING.name());
        doc.remove(RecordDocuments.POSITION);
        doc.remove("rejection");
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

    @Override
    public boolean markAccepted(Digest hash, long position) {
        return call("markAccepted", () -> {
            try {
                return records.updateOne(and(eq("_id", hash.hex()), eq(RecordDocuments.STATE, RecordState.PENDING.name())),
                        combine(set(RecordDocuments.STATE, RecordState.ACCEPTED.name()), set(RecordDocuments.POSITION, position)))
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
                combine(set(RecordDocuments.STATE, RecordState.ACCEPTED.name()), set(RecordDocuments.POSITION, a.position())),
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

    /**
     * MongoDB applies {@code $inc} under a document lock, so draws are unique across processes. The
     * Mongo-wire stand-in does not (measured: concurrent draws repeat values), so draws are also
     * serialised within this process; across processes on the stand-in a repeated draw can only make
     * {@link #markAccepted} fail on the unique position index, after which the appender draws again.
     */
    @Override
    public synchronized long nextPosition() {
        return call("nextPosition", () -> {
            Document counter = counters.findOneAndUpdate(eq("_id", LEDGER_POSITION), inc("value", 1L),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (counter == null) {
                throw StoreException.corrupt("nextPosition", "the counter " + LEDGER_POSITION + " is missing; ensureIndexes creates it");
            }
            return ((Number) counter.get("value")).longValue();
        });
    }

    /** One {@code $inc} by {@code count}: the positions are consecutive. Serialised in process, as {@link #nextPosition}. */
    @Override
    public synchronized long[] nextPositions(int count) {
        return call("nextPositions", () -> {
            Document counter = counters.findOneAndUpdate(eq("_id", LEDGER_POSITION), inc("value", (long) count),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (counter == null) {
                throw StoreException.corrupt("nextPositions", "the counter " + LEDGER_POSITION + " is missing; ensureIndexes creates it");
            }
            long last = ((Number) counter.get("value")).longValue();
            long[] drawn = new long[count];
            for (int i = 0; i < count; i++) {
                drawn[i] = last - count + 1 + i;
            }
            return drawn;
        });
    }

    @Override
    public boolean sealPosition(long position) {
        return call("sealPosition", () -> {
            try {
                records.insertOne(new Document("_id", SEAL_PREFIX + position).append(RecordDocuments.STATE, "SEALED")
                        .append(RecordDocuments.POSITION, position));
                return true;
            } catch (MongoWriteException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
                return records.find(eq("_id", SEAL_PREFIX + position)).first() != null;
            }
        });
    }

    @Override
    public Digest claim(String lot, long lotPosition, Digest record) {
        return call("claim", () -> {
            try {
                claims.insertOne(new Document("_id", claimId(lot, lotPosition)).append("record", record.hex()));
                return record;
            } catch (MongoWriteException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
                Optional<Digest> holder = claimAt(lot, lotPosition);
                // released between our insert and our read: the position is free again, so try once more
                return holder.orElseGet(() -> claim(lot, lotPosition, record));
            }
        });
    }

    /**
     * One unordered {@code insertMany} of claims; the positions already held are then read in one
     * {@code _id $in}. A position released between the two is claimed again on its own.
     */
    @Override
    public List<Digest> claim(List<Claim> batch) {
        return call("claimAll", () -> {
            List<Document> docs = batch.stream()
                    .map(c -> new Document("_id", claimId(c.lot(), c.lotPosition())).append("record", c.record().hex())).toList();
            Set<Integer> held = duplicates(() -> claims.insertMany(docs, UNORDERED));
            Map<Document, Digest> holders = new HashMap<>();
            if (!held.isEmpty()) {
                claims.find(in("_id", held.stream().map(i -> docs.get(i).get("_id")).toList()))
                        .forEach(d -> holders.put((Document) d.get("_id"), Digest.fromHex(d.getString("record"))));
            }
            List<Digest> out = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                Claim c = batch.get(i);
                Digest holder = held.contains(i) ? holders.get((Document) docs.get(i).get("_id")) : c.record();
                out.add(holder != null ? holder : claim(c.lot(), c.lotPosition(), c.record()));
            }
            return out;
        });
    }

    @Override
    public void release(String lot, long lotPosition, Digest record) {
        call("release", () -> claims.deleteOne(and(eq("_id", claimId(lot, lotPosition)), eq("record", record.hex()))));
    }

    /** One unordered bulk of the conditional upserts of {@link #advanceHead}; an upsert that collided is redone on its own. */
    @Override
    public void advanceHeads(Collection<LotHead> batch) {
        List<LotHead> all = List.copyOf(batch);
        List<UpdateOneModel<Document>> updates = all.stream().map(h -> new UpdateOneModel<Document>(
                and(eq("_id", h.lot()), lt(RecordDocuments.POSITION, h.lotPosition())),
                combine(set(RecordDocuments.POSITION, h.lotPosition()), set("record", h.record().hex())), new UpdateOptions().upsert(true))).toList();
        Set<Integer> collided = call("advanceHeads", () -> duplicates(() -> heads.bulkWrite(updates, new BulkWriteOptions().ordered(false))));
        collided.forEach(i -> advanceHead(all.get(i)));
    }

    @Override
    public void advanceHead(LotHead head) {
        call("advanceHead", () -> {
            while (true) {
                try {
                    heads.updateOne(and(eq("_id", head.lot()), lt(RecordDocuments.POSITION, head.lotPosition())),
                            combine(set(RecordDocuments.POSITION, head.lotPosition()), set("record", head.record().hex())),
                            new UpdateOptions().upsert(true));
                    return null;
                } catch (MongoWriteException e) {
                    // the upsert collided with an existing head: it is at or past ours unless it moved back meanwhile, which it never does
                    if (!isDuplicateKey(e)) {
                        throw e;
                    }
                    if (head(head.lot()).map(h -> h.lotPosition() >= head.lotPosition()).orElse(false)) {
                        return null;
                    }
                }
            }
        });
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

    /**
     * Runs an unordered bulk write and returns the indices of the documents it refused as duplicate
     * keys; any other write error fails the call.
     */
    private static Set<Integer> duplicates(Runnable bulk) {
        try {
            bulk.run();
            return Set.of();
        } catch (MongoBulkWriteException e) {
            Set<Integer> refused = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                refused.add(error.getIndex());
            }
            if (e.getWriteConcernError() != null) {
                throw e;
            }
            return refused;
        }
    }

    static boolean isDuplicateKey(MongoException e) {
        if (e instanceof MongoWriteException w) {
            return w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        return e instanceof MongoCommandException c && c.getErrorCode() == 11000;
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

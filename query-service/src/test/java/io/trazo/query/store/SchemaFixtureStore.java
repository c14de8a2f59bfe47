package io.trazo.query.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.LedgerStore;
import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.StoredRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * TEST-ONLY stand-in for ingest's MongoLedgerStore: writes exactly the schema of docs/operations.md so
 * that the query side can be tested before the real writer lands. It is filled through the real
 * {@link io.trazo.ledger.store.Appender}, so swapping it for ingest's MongoLedgerStore (a test-scoped
 * dependency on ingest-service's plain jar) changes only {@link #create}. Not a reference for ingest:
 * it skips write concerns and crash handling.
 */
public final class SchemaFixtureStore implements LedgerStore {

    private final MongoLedgerReader reader;
    private final MongoCollection<Document> records;
    private final MongoCollection<Document> claims;
    private final MongoCollection<Document> heads;
    private final MongoCollection<Document> registry;
    private final MongoCollection<Document> counters;

    private SchemaFixtureStore(MongoDatabase db) {
        this.reader = new MongoLedgerReader(db);
        this.records = db.getCollection(Schema.RECORDS);
        this.claims = db.getCollection(Schema.LOT_CLAIMS);
        this.heads = db.getCollection(Schema.LOT_HEADS);
        this.registry = db.getCollection(Schema.REGISTRY);
        this.counters = db.getCollection(Schema.COUNTERS);
    }

    /** The one line the lead swaps for {@code new MongoLedgerStore(...)} from ingest-service. */
    public static LedgerStore create(MongoDatabase db) {
        SchemaFixtureStore store = new SchemaFixtureStore(db);
        store.records.createIndex(Indexes.ascending("position"),
                new IndexOptions().unique(true).partialFilterExpression(Filters.exists("position")));
        store.records.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true).sparse(true));
        store.records.createIndex(Indexes.ascending("actor", "time"));
        store.records.createIndex(Indexes.ascending("bizStep", "time"));
        return store;
    }

    @Override
    public boolean insertPending(StoredRecord record) {
        SignedRecord parsed = RecordCodec.parse(record.wire());
        List<Document> lots = new ArrayList<>();
        record.lotPositions().forEach((lot, p) -> lots.add(new Document("lot", lot).append("position", p)));
        Document d = new Document("_id", record.hash().hex()).append("wire", new Binary(record.wire()))
                .append("type", record.type().wire()).append("actor", record.actor()).append("time", Date.from(record.time()))
                .append("lots", lots).append("state", "PENDING").append("insertedAt", new Date());
        parsed.counterparty().ifPresent(c -> d.append("counterparty", c));
        if (record.type() == RecordType.EVENT) {
            EventRecord e = EventRecords.read(parsed);
            d.append("bizStep", e.event().bizStep()).append("eventId", e.eventId());
        }
        return insert(records, d);
    }

    @Override
    public boolean markAccepted(Digest hash, long position) {
        try {
            return records.updateOne(Filters.and(Filters.eq("_id", hash.hex()), Filters.eq("state", "PENDING")),
                    Updates.combine(Updates.set("state", "ACCEPTED"), Updates.set("position", position))).getModifiedCount() == 1;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean markRejected(Digest hash, String reason) {
        return records.updateOne(Filters.and(Filters.eq("_id", hash.hex()), Filters.eq("state", "PENDING")),
                Updates.combine(Updates.set("state", "REJECTED"), Updates.set("rejection", reason))).getModifiedCount() == 1;
    }

    @Override
    public long nextPosition() {
        Document d = counters.findOneAndUpdate(Filters.eq("_id", Schema.LEDGER_POSITION), Updates.inc("value", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) d.get("value")).longValue();
    }

    @Override
    public boolean sealPosition(long position) {
        return insert(records, new Document("_id", "seal:" + position).append("state", "SEALED").append("position", position))
                || records.find(Filters.eq("_id", "seal:" + position)).first() != null;
    }

    @Override
    public Digest claim(String lot, long lotPosition, Digest record) {
        Document id = new Document("lot", lot).append("p", lotPosition);
        insert(claims, new Document("_id", id).append("record", record.hex()));
        return reader.claimAt(lot, lotPosition).orElseThrow();
    }

    @Override
    public void release(String lot, long lotPosition, Digest record) {
        claims.deleteOne(Filters.and(Filters.eq("_id", new Document("lot", lot).append("p", lotPosition)), Filters.eq("record", record.hex())));
    }

    @Override
    public void advanceHead(LotHead head) {
        Document d = new Document("_id", head.lot()).append("position", head.lotPosition()).append("record", head.record().hex());
        if (!insert(heads, d)) {
            heads.updateOne(Filters.and(Filters.eq("_id", head.lot()), Filters.lt("position", head.lotPosition())),
                    Updates.combine(Updates.set("position", head.lotPosition()), Updates.set("record", head.record().hex())));
        }
    }

    @Override
    public Digest bind(RegistryKind kind, String name, Digest record) {
        insert(registry, new Document("_id", kind.name() + ":" + name).append("record", record.hex()));
        return reader.bound(kind, name).orElseThrow();
    }

    @Override
    public List<Digest> pending(int limit) {
        List<Digest> out = new ArrayList<>();
        records.find(Filters.eq("state", "PENDING")).limit(limit).forEach(d -> out.add(Digest.fromHex(d.getString("_id"))));
        return out;
    }

    private static boolean insert(MongoCollection<Document> c, Document d) {
        try {
            c.insertOne(d);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<StoredRecord> record(Digest hash) {
        return reader.record(hash);
    }

    @Override
    public Map<Digest, StoredRecord> records(Collection<Digest> hashes) {
        return reader.records(hashes);
    }

    @Override
    public long lastPosition() {
        return reader.lastPosition();
    }

    @Override
    public Optional<Digest> acceptedAt(long position) {
        return reader.acceptedAt(position);
    }

    @Override
    public Optional<Digest> claimAt(String lot, long lotPosition) {
        return reader.claimAt(lot, lotPosition);
    }

    @Override
    public Optional<LotHead> head(String lot) {
        return reader.head(lot);
    }

    @Override
    public Optional<Digest> bound(RegistryKind kind, String name) {
        return reader.bound(kind, name);
    }
}

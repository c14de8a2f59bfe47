package io.trazo.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * {@link LedgerReader} over the MongoDB schema ingest writes. Every method is one exact-key read:
 * {@code _id} of {@code records}, {@code lot_claims}, {@code lot_heads}, {@code registry},
 * {@code counters}, or the unique {@code position} index; the batch reads are one {@code _id $in} each. It has no write method and is handed only
 * a database, so the query service cannot change the ledger through it.
 */
public final class MongoLedgerReader implements LedgerReader {

    private final MongoCollection<Document> records;
    private final MongoCollection<Document> claims;
    private final MongoCollection<Document> heads;
    private final MongoCollection<Document> registry;
    private final MongoCollection<Document> counters;

    public MongoLedgerReader(MongoDatabase db) {
        this.records = db.getCollection(Schema.RECORDS);
        this.claims = db.getCollection(Schema.LOT_CLAIMS);
        this.heads = db.getCollection(Schema.LOT_HEADS);
        this.registry = db.getCollection(Schema.REGISTRY);
        this.counters = db.getCollection(Schema.COUNTERS);
    }

    @Override
    public Optional<StoredRecord> record(Digest hash) {
        return Optional.ofNullable(records.find(Filters.eq("_id", hash.hex())).first()).flatMap(MongoLedgerReader::stored);
    }

    @Override
    public Map<Digest, StoredRecord> records(Collection<Digest> hashes) {
        List<String> ids = hashes.stream().map(Digest::hex).toList();
        Map<Digest, StoredRecord> found = new LinkedHashMap<>();
        for (Document d : records.find(Filters.in("_id", ids))) {
            stored(d).ifPresent(r -> found.put(r.hash(), r));
        }
        return found;
    }

    @Override
    public long lastPosition() {
        Document d = counters.find(Filters.eq("_id", Schema.LEDGER_POSITION)).first();
        return d == null ? 0 : ((Number) d.get("value")).longValue();
    }

    @Override
    public Optional<Digest> acceptedAt(long position) {
        Document d = records.find(Filters.eq("position", position)).first();
        return Optional.ofNullable(d).filter(x -> RecordState.ACCEPTED.name().equals(x.getString("state")))
                .map(x -> Digest.fromHex(x.getString("_id")));
    }

    @Override
    public Optional<Digest> claimAt(String lot, long lotPosition) {
        Document id = new Document("lot", lot).append("p", lotPosition);
        return Optional.ofNullable(claims.find(Filters.eq("_id", id)).first()).map(d -> Digest.fromHex(d.getString("record")));
    }

    @Override
    public Optional<LotHead> head(String lot) {
        return Optional.ofNullable(heads.find(Filters.eq("_id", lot)).first())
                .map(d -> new LotHead(lot, ((Number) d.get("position")).longValue(), Digest.fromHex(d.getString("record"))));
    }

    @Override
    public Optional<Digest> bound(RegistryKind kind, String name) {
        return Optional.ofNullable(registry.find(Filters.eq("_id", kind.name() + ":" + name)).first())
                .map(d -> Digest.fromHex(d.getString("record")));
    }

    @Override
    public Map<String, Digest> bound(RegistryKind kind, Collection<String> names) {
        String prefix = kind.name() + ":";
        List<String> ids = names.stream().distinct().map(prefix::concat).toList();
        Map<String, Digest> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (Document d : registry.find(Filters.in("_id", ids))) {
            found.put(d.getString("_id").substring(prefix.length()), Digest.fromHex(d.getString("record")));
        }
        return found;
    }

    /** A {@code records} document as a stored record; seal documents and unknown states are not records. */
    static Optional<StoredRecord> stored(Document d) {
        RecordState state;
        try {
            state = RecordState.valueOf(d.getString("state"));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        Map<String, Long> lots = new LinkedHashMap<>();
        for (Document l : d.getList("lots", Document.class, new ArrayList<>())) {
            lots.put(l.getString("lot"), ((Number) l.get("position")).longValue());
        }
        Number position = (Number) d.get("position");
        return Optional.of(new StoredRecord(Digest.fromHex(d.getString("_id")), d.get("wire", Binary.class).getData(),
                RecordType.fromWire(d.getString("type")).orElseThrow(), d.getString("actor"), d.getDate("time").toInstant(), lots,
                state, position == null ? OptionalLong.empty() : OptionalLong.of(position.longValue()),
                Optional.ofNullable(d.getString("rejection"))));
    }
}

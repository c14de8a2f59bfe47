package io.trazo.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.MongoException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;

/**
 * {@link LedgerReader} over the MongoDB schema ({@link LedgerCollections}): every look-up of the port,
 * each one exact-key query (or one {@code $in} of exact keys), and the timing of every store call as
 * the timer the caller names, tagged {@code op}. It has no write method: the query service holds only
 * this class. The write side, {@link MongoLedgerStore}, extends it.
 *
 * <p>Every record read is checked to hash to its key, and one that does not is a
 * {@link StoreIntegrityException} (docs/operations.md §Store integrity). The write side reads without
 * that check: its sequencer checks every record it logs itself and stops with its own alarm (a
 * {@code LogIntegrityException}, {@code RECORD_TAMPERED}), which an unchecked exception from here would
 * pre-empt and turn into an endless retry.
 */
public class MongoLedgerReader implements LedgerReader {

    final MongoCollection<Document> records;
    final MongoCollection<Document> claims;
    final MongoCollection<Document> heads;
    final MongoCollection<Document> registry;
    final MongoCollection<Document> counters;
    final MongoCollection<Document> lotKeys;
    final MongoCollection<Document> locations;
    final MeterRegistry meters;
    private final String timer;
    private final boolean checkHashes;

    /** A reader whose calls are timed as {@code timer{op}} in {@code meters} (e.g. {@code trazo.query.store}). */
    public MongoLedgerReader(MongoDatabase database, MeterRegistry meters, String timer) {
        this(database, meters, timer, true);
    }

    /** For the write side only, which leaves record-hash checks to its sequencer (see above). */
    MongoLedgerReader(MongoDatabase database, MeterRegistry meters, String timer, boolean checkHashes) {
        this.checkHashes = checkHashes;
        this.meters = meters;
        this.timer = timer;
        MongoDatabase db = database.withWriteConcern(WriteConcern.MAJORITY);
        this.records = db.getCollection(LedgerCollections.RECORDS);
        this.claims = db.getCollection(LedgerCollections.LOT_CLAIMS);
        this.heads = db.getCollection(LedgerCollections.LOT_HEADS);
        this.registry = db.getCollection(LedgerCollections.REGISTRY);
        this.counters = db.getCollection(LedgerCollections.COUNTERS);
        this.lotKeys = db.getCollection(LedgerCollections.LOT_KEYS);
        this.locations = db.getCollection(LedgerCollections.LOCATIONS);
    }

    @Override
    public Map<Digest, StoredRecord> records(Collection<Digest> hashes) {
        return call("records", () -> {
            Map<Digest, StoredRecord> found = new LinkedHashMap<>();
            if (!hashes.isEmpty()) {
                records.find(in("_id", hashes.stream().map(Digest::hex).distinct().toList())).projection(RecordDocuments.READ)
                        .forEach(d -> found.put(Digest.fromHex(d.getString("_id")), decode(d)));
            }
            return found;
        });
    }

    @Override
    public Optional<StoredRecord> record(Digest hash) {
        return call("record", () -> Optional.ofNullable(records.find(eq("_id", hash.hex())).projection(RecordDocuments.READ).first())
                .map(this::decode));
    }

    @Override
    public long lastPosition() {
        return call("lastPosition", () -> Optional.ofNullable(counters.find(eq("_id", LedgerCollections.LEDGER_POSITION)).first())
                .map(d -> ((Number) d.get("value")).longValue()).orElse(0L));
    }

    @Override
    public Optional<Digest> acceptedAt(long position) {
        return call("acceptedAt", () -> Optional.ofNullable(records.find(eq(RecordDocuments.POSITION, position)).first())
                .filter(d -> RecordState.ACCEPTED.name().equals(d.getString(RecordDocuments.STATE)))
                .map(d -> Digest.fromHex(d.getString("_id"))));
    }

    /**
     * One query whose filter is exactly {@code {position: {$in: [from, …]}}}: MongoDB serves it from the
     * unique position index with one point interval per position. Seals are dropped here rather than by a
     * {@code state} condition in the filter: the index does not hold {@code state}, so the server would
     * fetch the same documents either way, and seals are rare. The cursor's batch holds the whole range,
     * so it is one round trip unless the records exceed a 16 MB reply.
     */
    @Override
    public Map<Long, StoredRecord> acceptedRange(long from, int count) {
        LedgerReader.checkRange(from, count);
        if (count == 0) {
            return Map.of();
        }
        List<Long> positions = LongStream.range(from, from + count).boxed().toList();
        return call("acceptedRange", () -> {
            Map<Long, StoredRecord> found = new HashMap<>();
            for (Document d : records.find(in(RecordDocuments.POSITION, positions)).projection(RecordDocuments.READ).batchSize(count)) {
                if (RecordState.ACCEPTED.name().equals(d.getString(RecordDocuments.STATE))) {
                    StoredRecord r = decode(d);
                    found.put(r.position().orElseThrow(), r);
                }
            }
            return found;
        });
    }

    @Override
    public Optional<Digest> claimAt(String lot, long lotPosition) {
        return call("claimAt", () -> Optional.ofNullable(claims.find(eq("_id", claimId(lot, lotPosition))).first())
                .map(d -> Digest.fromHex(d.getString("record"))));
    }

    /** The lot URI first written under a GS1 lot key ({@link io.trazo.ledger.event.Gs1LotKey}), by {@code _id}. */
    public Optional<String> lotByGs1Key(String key) {
        return call("lotByGs1Key", () -> Optional.ofNullable(lotKeys.find(eq("_id", key)).first()).map(d -> d.getString("lot")));
    }

    /**
     * The location records offered for a GLN, by {@code _id}: candidates only, in no particular order; some may
     * be absent from {@code records} or not accepted (docs/operations.md, {@code locations}).
     */
    public List<Digest> locationRecords(String gln) {
        return call("locationRecords", () -> Optional.ofNullable(locations.find(eq("_id", gln)).first())
                .map(d -> d.getList("records", String.class).stream().map(Digest::fromHex).toList()).orElse(List.of()));
    }

    @Override
    public Optional<LotHead> head(String lot) {
        return call("head", () -> Optional.ofNullable(heads.find(eq("_id", lot)).first())
                .map(d -> new LotHead(lot, ((Number) d.get(RecordDocuments.POSITION)).longValue(), Digest.fromHex(d.getString("record")))));
    }

    @Override
    public Map<String, LotHead> heads(Collection<String> lots) {
        return call("heads", () -> {
            Map<String, LotHead> found = new LinkedHashMap<>();
            if (!lots.isEmpty()) {
                heads.find(in("_id", lots.stream().distinct().toList())).forEach(d -> found.put(d.getString("_id"),
                        new LotHead(d.getString("_id"), ((Number) d.get(RecordDocuments.POSITION)).longValue(), Digest.fromHex(d.getString("record")))));
            }
            return found;
        });
    }

    @Override
    public Map<String, Digest> bound(RegistryKind kind, Collection<String> names) {
        String prefix = kind.name() + ":";
        return call("boundAll", () -> {
            Map<String, Digest> found = new LinkedHashMap<>();
            if (!names.isEmpty()) {
                registry.find(in("_id", names.stream().distinct().map(prefix::concat).toList()))
                        .forEach(d -> found.put(d.getString("_id").substring(prefix.length()), Digest.fromHex(d.getString("record"))));
            }
            return found;
        });
    }

    @Override
    public Optional<Digest> bound(RegistryKind kind, String name) {
        return call("bound", () -> Optional.ofNullable(registry.find(eq("_id", kind.name() + ":" + name)).first())
                .map(d -> Digest.fromHex(d.getString("record"))));
    }

    private StoredRecord decode(Document d) {
        return RecordDocuments.fromDocument(d, checkHashes);
    }

    static Document claimId(String lot, long lotPosition) {
        return new Document("lot", lot).append("p", lotPosition);
    }

    <T> T call(String operation, Supplier<T> op) {
        long start = System.nanoTime();
        try {
            return op.get();
        } catch (MongoException e) {
            throw StoreException.failed(operation, e);
        } finally {
            meters.timer(timer, "op", operation).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}

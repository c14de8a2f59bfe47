package io.trazo.mongo.log;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.log.LeafIndexReader;
import io.trazo.mongo.LedgerCollections;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * {@link LeafIndexReader} on {@code log_leaves}: one document per leaf, {@code _id} the leaf index. A record
 * leaf is {@code {_id, record: <hex>, mapped?: true}} (unique sparse index on {@code record}); a map-root leaf
 * is {@code {_id, mapRoot: <binary leaf input>}}. Look-ups by record are exact-key, entries are one range read
 * on {@code _id}. The write side, {@link MongoLeafIndex}, extends it.
 */
public class MongoLeafIndexReader implements LeafIndexReader {

    static final String RECORD = "record";
    static final String MAPPED = "mapped";
    static final String MAP_ROOT = "mapRoot";

    final MongoCollection<Document> leaves;

    public MongoLeafIndexReader(MongoDatabase db) {
        this.leaves = db.getCollection(LedgerCollections.LOG_LEAVES);
    }

    @Override
    public Optional<Long> indexOf(Digest record) {
        return Optional.ofNullable(MongoLogException.call("read leaf", () -> leaves.find(eq(RECORD, record.hex())).first()))
                .map(d -> ((Number) d.get("_id")).longValue());
    }

    @Override
    public Map<Digest, Long> indicesOf(Collection<Digest> records) {
        List<String> hexes = records.stream().map(Digest::hex).distinct().toList();
        Map<Digest, Long> found = new LinkedHashMap<>();
        if (!hexes.isEmpty()) {
            for (Document d : MongoLogException.call("read leaves", () -> leaves.find(in(RECORD, hexes)).into(new ArrayList<>()))) {
                found.put(Digest.fromHex(d.getString(RECORD)), ((Number) d.get("_id")).longValue());
            }
        }
        return found;
    }

    @Override
    public Optional<Digest> recordAt(long leafIndex) {
        return Optional.ofNullable(MongoLogException.call("read leaf", () -> leaves.find(eq("_id", leafIndex)).first()))
                .filter(d -> d.containsKey(RECORD)).map(d -> Digest.fromHex(d.getString(RECORD)));
    }

    @Override
    public List<LeafEntry> entries(long from, int count) {
        int limit = Math.min(count, MAX_ENTRIES);
        List<Document> docs = MongoLogException.call("read leaf entries", () -> leaves.find(and(gte("_id", from),
                lt("_id", from + limit))).sort(Sorts.ascending("_id")).into(new ArrayList<>()));
        List<LeafEntry> found = new ArrayList<>(docs.size());
        for (Document d : docs) {
            if (((Number) d.get("_id")).longValue() != from + found.size()) {
                break;
            }
            found.add(entry(d));
        }
        return found;
    }

    static LeafEntry entry(Document d) {
        if (d.containsKey(MAP_ROOT)) {
            return new LeafEntry.MapRoot(d.get(MAP_ROOT, Binary.class).getData());
        }
        return new LeafEntry.Record(Digest.fromHex(d.getString(RECORD)), Boolean.TRUE.equals(d.get(MAPPED)));
    }
}

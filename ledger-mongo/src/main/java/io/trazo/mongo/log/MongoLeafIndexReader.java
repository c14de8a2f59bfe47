package io.trazo.mongo.log;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.LeafIndexReader;
import io.trazo.mongo.LedgerCollections;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * {@link LeafIndexReader} on {@code log_leaves}: one document per leaf, {@code _id} the leaf index and a
 * unique index on {@code record}, so both directions are exact-key look-ups. The write side,
 * {@link MongoLeafIndex}, extends it.
 */
public class MongoLeafIndexReader implements LeafIndexReader {

    final MongoCollection<Document> leaves;

    public MongoLeafIndexReader(MongoDatabase db) {
        this.leaves = db.getCollection(LedgerCollections.LOG_LEAVES);
    }

    @Override
    public Optional<Long> indexOf(Digest record) {
        return Optional.ofNullable(MongoLogException.call("read leaf", () -> leaves.find(eq("record", record.hex())).first()))
                .map(d -> ((Number) d.get("_id")).longValue());
    }

    @Override
    public Map<Digest, Long> indicesOf(Collection<Digest> records) {
        List<String> hexes = records.stream().map(Digest::hex).distinct().toList();
        Map<Digest, Long> found = new LinkedHashMap<>();
        if (!hexes.isEmpty()) {
            for (Document d : MongoLogException.call("read leaves", () -> leaves.find(in("record", hexes)).into(new ArrayList<>()))) {
                found.put(Digest.fromHex(d.getString("record")), ((Number) d.get("_id")).longValue());
            }
        }
        return found;
    }

    @Override
    public Optional<Digest> recordAt(long leafIndex) {
        return Optional.ofNullable(MongoLogException.call("read leaf", () -> leaves.find(eq("_id", leafIndex)).first()))
                .map(d -> Digest.fromHex(d.getString("record")));
    }
}

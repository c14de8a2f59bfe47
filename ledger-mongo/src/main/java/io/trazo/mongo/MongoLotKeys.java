package io.trazo.mongo;

import static com.mongodb.client.model.Filters.eq;
import static io.trazo.mongo.DuplicateKeys.duplicates;
import static io.trazo.mongo.DuplicateKeys.isDuplicateKey;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import io.trazo.ledger.event.Gs1LotKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The writes of {@code lot_keys}: a GS1 lot's key is inserted before position 0 of its chain is claimed,
 * so every head has its key once the one-off backfill of older lots has run. The claim, not the head:
 * the batch path advances only each lot's highest head of a batch, which skips position 0 when a lot
 * starts and continues in one batch. A claim released afterwards leaves its key, which then names a lot
 * with no head yet (a look-up finds no lot, as before) and the right lot once it is written. Inserts only:
 * a key already held (by this lot, or by another URI of the same batch) is left as it is, so a replay or
 * a second writer changes nothing.
 */
final class MongoLotKeys {
    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);
    private static final int BATCH = 1000;

    private final MongoLedgerReader ledger;

    MongoLotKeys(MongoLedgerReader ledger) {
        this.ledger = ledger;
    }

    /** Keys for lots whose chains start now (position 0 claimed). */
    void startingChains(List<String> lots) {
        if (!lots.isEmpty()) {
            ledger.call("keyLots", () -> insert(lots));
        }
    }

    /**
     * Keys every lot already in {@code lot_heads}, once: lots written before keys existed. Idempotent (insert,
     * duplicates ignored), and marked done in {@code counters} so that later start-ups skip the scan.
     */
    int backfill() {
        return ledger.call("backfillLotKeys", () -> {
            if (ledger.counters.find(eq("_id", LedgerCollections.LOT_KEYS_BACKFILLED)).first() != null) {
                return 0;
            }
            int keyed = 0;
            List<String> batch = new ArrayList<>(BATCH);
            for (Document head : ledger.heads.find().projection(Projections.include("_id"))) {
                batch.add(head.getString("_id"));
                if (batch.size() == BATCH) {
                    keyed += insert(batch);
                    batch.clear();
                }
            }
            keyed += insert(batch);
            try {
                ledger.counters.insertOne(new Document("_id", LedgerCollections.LOT_KEYS_BACKFILLED).append("value", 1L));
            } catch (MongoWriteException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
            }
            return keyed;
        });
    }

    /** @return how many keys were new */
    private int insert(List<String> lots) {
        Map<String, Document> byKey = new LinkedHashMap<>();
        for (String lot : lots) {
            Gs1LotKey.ofLot(lot).ifPresent(k -> byKey.putIfAbsent(k, new Document("_id", k).append("lot", lot)));
        }
        if (byKey.isEmpty()) {
            return 0;
        }
        List<Document> docs = List.copyOf(byKey.values());
        return docs.size() - duplicates(() -> ledger.lotKeys.insertMany(docs, UNORDERED)).size();
    }
}

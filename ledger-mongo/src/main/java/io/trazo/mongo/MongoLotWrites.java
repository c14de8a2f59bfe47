package io.trazo.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static io.trazo.mongo.DuplicateKeys.duplicates;
import static io.trazo.mongo.DuplicateKeys.isDuplicateKey;
import static io.trazo.mongo.MongoLedgerReader.claimId;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import io.trazo.ledger.crypto.Digest;
import io.trazo.append.LedgerStore.Claim;
import io.trazo.ledger.store.LotHead;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * The lot-chain writes of {@link MongoLedgerStore}: claims on lot positions ({@code lot_claims}) and
 * lot heads ({@code lot_heads}). Separate from the record writes because these are the adapter's only
 * writes that read back after a collision and go again (a claim released between insert and read, a
 * head upsert that met another), and those loops are easier to check side by side. Every call is
 * timed through the store's {@code call}, under the port's operation names.
 */
final class MongoLotWrites {
    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    private final MongoLedgerReader ledger;
    private final MongoLotKeys keys;

    MongoLotWrites(MongoLedgerReader ledger) {
        this.ledger = ledger;
        this.keys = new MongoLotKeys(ledger);
    }

    /** See {@link MongoLotKeys#backfill()}. */
    int backfillKeys() {
        return keys.backfill();
    }

    Digest claim(String lot, long lotPosition, Digest record) {
        if (lotPosition == 0) {
            keys.startingChains(List.of(lot));
        }
        return ledger.call("claim", () -> {
            try {
                ledger.claims.insertOne(new Document("_id", claimId(lot, lotPosition)).append("record", record.hex()));
                return record;
            } catch (MongoWriteException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
                Optional<Digest> holder = ledger.claimAt(lot, lotPosition);
                // released between our insert and our read: the position is free again, so try once more
                return holder.orElseGet(() -> claim(lot, lotPosition, record));
            }
        });
    }

    /**
     * One unordered {@code insertMany} of claims; the positions already held are then read in one
     * {@code _id $in}. A position released between the two is claimed again on its own.
     */
    List<Digest> claim(List<Claim> batch) {
        keys.startingChains(batch.stream().filter(c -> c.lotPosition() == 0).map(Claim::lot).toList());
        return ledger.call("claimAll", () -> {
            List<Document> docs = batch.stream()
                    .map(c -> new Document("_id", claimId(c.lot(), c.lotPosition())).append("record", c.record().hex())).toList();
            Set<Integer> held = duplicates(() -> ledger.claims.insertMany(docs, UNORDERED));
            Map<Document, Digest> holders = new HashMap<>();
            if (!held.isEmpty()) {
                ledger.claims.find(in("_id", held.stream().map(i -> docs.get(i).get("_id")).toList()))
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

    void release(String lot, long lotPosition, Digest record) {
        ledger.call("release", () -> ledger.claims.deleteOne(and(eq("_id", claimId(lot, lotPosition)), eq("record", record.hex()))));
    }

    /** One unordered bulk of the conditional upserts of {@link #advanceHead}; an upsert that collided is redone on its own. */
    void advanceHeads(Collection<LotHead> batch) {
        List<LotHead> all = List.copyOf(batch);
        List<UpdateOneModel<Document>> updates = all.stream().map(h -> new UpdateOneModel<Document>(
                and(eq("_id", h.lot()), lt(RecordDocuments.POSITION, h.lotPosition())),
                combine(set(RecordDocuments.POSITION, h.lotPosition()), set("record", h.record().hex())), new UpdateOptions().upsert(true))).toList();
        Set<Integer> collided = ledger.call("advanceHeads",
                () -> duplicates(() -> ledger.heads.bulkWrite(updates, new BulkWriteOptions().ordered(false))));
        collided.forEach(i -> advanceHead(all.get(i)));
    }

    void advanceHead(LotHead head) {
        ledger.call("advanceHead", () -> {
            while (true) {
                try {
                    ledger.heads.updateOne(and(eq("_id", head.lot()), lt(RecordDocuments.POSITION, head.lotPosition())),
                            combine(set(RecordDocuments.POSITION, head.lotPosition()), set("record", head.record().hex())),
                            new UpdateOptions().upsert(true));
                    return null;
                } catch (MongoWriteException e) {
                    // the upsert collided with an existing head: it is at or past ours unless it moved back meanwhile, which it never does
                    if (!isDuplicateKey(e)) {
                        throw e;
                    }
                    if (ledger.head(head.lot()).map(h -> h.lotPosition() >= head.lotPosition()).orElse(false)) {
                        return null;
                    }
                }
            }
        });
    }
}

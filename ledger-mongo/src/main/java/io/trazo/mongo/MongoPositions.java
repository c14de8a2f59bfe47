package io.trazo.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.inc;
import static io.trazo.mongo.DuplicateKeys.isDuplicateKey;
import static io.trazo.mongo.LedgerCollections.LEDGER_POSITION;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;

/**
 * The ledger positions of {@link MongoLedgerStore}: drawn from the {@code counters} document, and
 * sealed when drawn but never accepted. Every call is timed through the store's {@code call}, under
 * the port's operation names.
 */
final class MongoPositions {
    private static final String SEAL_PREFIX = "seal:";

    private final MongoLedgerReader ledger;

    MongoPositions(MongoLedgerReader ledger) {
        this.ledger = ledger;
    }

    /**
     * One {@code findOneAndUpdate} with {@code $inc}: MongoDB applies it atomically to the one counter
     * document and returns the value it wrote, so concurrent draws, from threads or processes, never
     * see the same position and need no lock here.
     */
    long nextPosition() {
        return ledger.call("nextPosition", () -> {
            Document counter = ledger.counters.findOneAndUpdate(eq("_id", LEDGER_POSITION), inc("value", 1L),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (counter == null) {
                throw StoreException.corrupt("nextPosition", "the counter " + LEDGER_POSITION + " is missing; ensureIndexes creates it");
            }
            return ((Number) counter.get("value")).longValue();
        });
    }

    /** One {@code $inc} by {@code count}: the positions are consecutive, and no other draw can take one of them. */
    long[] nextPositions(int count) {
        return ledger.call("nextPositions", () -> {
            Document counter = ledger.counters.findOneAndUpdate(eq("_id", LEDGER_POSITION), inc("value", (long) count),
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

    boolean sealPosition(long position) {
        return ledger.call("sealPosition", () -> {
            try {
                ledger.records.insertOne(new Document("_id", SEAL_PREFIX + position).append(RecordDocuments.STATE, "SEALED")
                        .append(RecordDocuments.POSITION, position));
                return true;
            } catch (MongoWriteException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
                return ledger.records.find(eq("_id", SEAL_PREFIX + position)).first() != null;
            }
        });
    }
}

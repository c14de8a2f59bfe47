package io.trazo.mongo.log;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.trazo.ledger.log.CosignatureReader;
import io.trazo.mongo.LedgerCollections;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * {@link CosignatureReader} on {@code log_cosignatures}: one document per (tree size, witness) with
 * fields {@code size}, {@code witness} (its verifier key) and {@code line}. Reads use the unique
 * indexes the write side, {@link MongoCosignatureStore}, creates: {@code (size, witness)} and
 * {@code (witness, size)}.
 */
public class MongoCosignatureReader implements CosignatureReader {

    static final String SIZE = "size";
    static final String WITNESS = "witness";
    static final String LINE = "line";

    final MongoCollection<Document> cosignatures;

    public MongoCosignatureReader(MongoDatabase db) {
        this.cosignatures = db.getCollection(LedgerCollections.LOG_COSIGNATURES);
    }

    @Override
    public List<String> at(long size) {
        return MongoLogException.call("read cosignatures", () -> cosignatures.find(eq(SIZE, size))
                .sort(Sorts.ascending(WITNESS)).limit(100).map(d -> d.getString(LINE)).into(new ArrayList<>()));
    }
}

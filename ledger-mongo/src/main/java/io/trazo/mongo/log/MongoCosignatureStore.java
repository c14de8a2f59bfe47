package io.trazo.mongo.log;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.trazo.append.witness.CosignatureStore;
import org.bson.Document;

/**
 * {@link CosignatureStore} on {@code log_cosignatures}: each line is one {@code insertOne} whose
 * {@code _id} is {@code "size/witness"}, so a second line for the same pair is a duplicate key (first
 * wins) without any read-before-write; majority write concern.
 */
public final class MongoCosignatureStore extends MongoCosignatureReader implements CosignatureStore {

    public MongoCosignatureStore(MongoDatabase db) {
        super(db.withWriteConcern(WriteConcern.MAJORITY));
        MongoLogException.call("create cosignature indexes", () -> {
            cosignatures.createIndex(Indexes.ascending(SIZE, WITNESS),
                    new IndexOptions().unique(true).name("cosignature_size_witness"));
            return cosignatures.createIndex(Indexes.ascending(WITNESS, SIZE),
                    new IndexOptions().unique(true).name("cosignature_witness_size"));
        });
    }

    @Override
    public boolean record(long size, String witness, String line) {
        Document document = new Document("_id", size + "/" + witness).append(SIZE, size).append(WITNESS, witness)
                .append(LINE, line);
        try {
            MongoLogException.call("insert cosignature", () -> cosignatures.insertOne(document));
            return true;
        } catch (MongoLogException e) {
            if (e.getCause() instanceof MongoWriteException w && MongoLogException.isDuplicateKey(w)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public long latestSize(String witness) {
        Document latest = MongoLogException.call("read latest cosignature", () -> cosignatures.find(eq(WITNESS, witness))
                .sort(Sorts.descending(SIZE)).limit(1).first());
        return latest == null ? 0 : ((Number) latest.get(SIZE)).longValue();
    }
}

package io.trazo.mongo.log;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import io.trazo.ledger.crypto.Digest;
import io.trazo.append.log.LeafIndex;
import io.trazo.append.log.LogConflictException;
import io.trazo.append.log.LogWrite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * {@link LeafIndex} on {@code log_leaves}: one document per leaf, {@code _id} the leaf index and a
 * unique index on {@code record}, so both directions are exact-key look-ups and both uniqueness rules
 * are the store's own. A batch is one unordered {@code insertMany}; duplicates in it are checked pair by
 * pair, which makes replay converge.
 */
public final class MongoLeafIndex extends MongoLeafIndexReader implements LeafIndex {

    public MongoLeafIndex(MongoDatabase db) {
        super(db.withWriteConcern(WriteConcern.MAJORITY));
        MongoLogException.call("create leaf index", () -> leaves.createIndex(Indexes.ascending("record"),
                new IndexOptions().unique(true).name("leaf_record")));
    }

    @Override
    public LogWrite put(Digest record, long leafIndex) {
        try {
            MongoLogException.call("insert leaf", () -> leaves.insertOne(document(record, leafIndex)));
            return LogWrite.STORED;
        } catch (MongoLogException e) {
            if (e.getCause() instanceof MongoWriteException w && MongoLogException.isDuplicateKey(w)) {
                return existing(record, leafIndex);
            }
            throw e;
        }
    }

    @Override
    public void putAll(long firstIndex, List<Digest> records) {
        if (records.isEmpty()) {
            return;
        }
        List<Document> docs = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            docs.add(document(records.get(i), firstIndex + i));
        }
        try {
            MongoLogException.call("insert leaves", () -> leaves.insertMany(docs, new InsertManyOptions().ordered(false)));
        } catch (MongoLogException e) {
            if (!(e.getCause() instanceof MongoBulkWriteException bulk)) {
                throw e;
            }
            for (BulkWriteError error : bulk.getWriteErrors()) {
                if (error.getCode() != 11000) {
                    throw e;
                }
                existing(records.get(error.getIndex()), firstIndex + error.getIndex());
            }
        }
    }

    private LogWrite existing(Digest record, long leafIndex) {
        Optional<Digest> atLeaf = recordAt(leafIndex);
        if (atLeaf.isPresent() && !atLeaf.get().equals(record)) {
            throw LogConflictException.leaf(leafIndex, atLeaf.get().hex(), record.hex());
        }
        Optional<Long> ofRecord = indexOf(record);
        if (ofRecord.isPresent() && ofRecord.get() != leafIndex) {
            throw LogConflictException.record(record.hex(), ofRecord.get(), leafIndex);
        }
        return LogWrite.ALREADY_STORED;
    }

    private static Document document(Digest record, long leafIndex) {
        return new Document("_id", leafIndex).append("record", record.hex());
    }
}

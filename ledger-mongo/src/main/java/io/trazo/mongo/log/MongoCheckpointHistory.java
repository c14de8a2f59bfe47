package io.trazo.mongo.log;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.trazo.append.log.CheckpointHistory;
import io.trazo.append.log.LogConflictException;
import io.trazo.append.log.LogWrite;
import io.trazo.ledger.log.SignedCheckpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** {@link CheckpointHistory} on {@code log_checkpoints}, {@code _id} the tree size: the write side of {@link MongoCheckpointReader}. */
public final class MongoCheckpointHistory extends MongoCheckpointReader implements CheckpointHistory {

    public MongoCheckpointHistory(MongoDatabase db) {
        super(db.withWriteConcern(WriteConcern.MAJORITY));
    }

    @Override
    public LogWrite append(SignedCheckpoint checkpoint) {
        try {
            MongoLogException.call("insert checkpoint", () -> checkpoints.insertOne(
                    new Document("_id", checkpoint.size()).append("note", checkpoint.note())));
            return LogWrite.STORED;
        } catch (MongoLogException e) {
            if (!(e.getCause() instanceof MongoWriteException w) || !MongoLogException.isDuplicateKey(w)) {
                throw e;
            }
        }
        SignedCheckpoint stored = at(checkpoint.size()).orElseThrow();
        if (stored.equals(checkpoint)) {
            return LogWrite.ALREADY_STORED;
        }
        throw LogConflictException.checkpoint(checkpoint.size(), stored.note(), checkpoint.note());
    }
}

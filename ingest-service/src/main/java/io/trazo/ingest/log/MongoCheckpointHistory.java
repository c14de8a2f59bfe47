package io.trazo.ingest.log;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.trazo.ledger.log.CheckpointHistory;
import io.trazo.ledger.log.LogConflictException;
import io.trazo.ledger.log.LogWrite;
import io.trazo.ledger.log.SignedCheckpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** {@link CheckpointHistory} on {@code log_checkpoints}: {@code _id} is the tree size, so every read is on {@code _id}. */
public final class MongoCheckpointHistory implements CheckpointHistory {

    static final String COLLECTION = "log_checkpoints";

    private final MongoCollection<Document> checkpoints;

    public MongoCheckpointHistory(MongoDatabase db) {
        this.checkpoints = db.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY);
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

    @Override
    public Optional<SignedCheckpoint> at(long size) {
        return Optional.ofNullable(MongoLogException.call("read checkpoint", () -> checkpoints.find(eq("_id", size)).first()))
                .map(MongoCheckpointHistory::checkpoint);
    }

    @Override
    public Optional<SignedCheckpoint> latest() {
        return Optional.ofNullable(MongoLogException.call("read latest checkpoint",
                () -> checkpoints.find().sort(Sorts.descending("_id")).limit(1).first()))
                .map(MongoCheckpointHistory::checkpoint);
    }

    @Override
    public List<SignedCheckpoint> since(long fromSize, int limit) {
        return MongoLogException.call("list checkpoints", () -> checkpoints.find(gte("_id", fromSize))
                .sort(Sorts.ascending("_id")).limit(limit).map(MongoCheckpointHistory::checkpoint).into(new ArrayList<>()));
    }

    private static SignedCheckpoint checkpoint(Document d) {
        return new SignedCheckpoint(((Number) d.get("_id")).longValue(), d.getString("note"));
    }
}

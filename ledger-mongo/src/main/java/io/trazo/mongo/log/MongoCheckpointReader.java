package io.trazo.mongo.log;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.trazo.ledger.log.CheckpointReader;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.mongo.LedgerCollections;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * {@link CheckpointReader} on {@code log_checkpoints}: {@code _id} is the tree size, so every read,
 * {@link #latest} included (the last entry of the {@code _id} index), is on {@code _id}. The write side,
 * {@link MongoCheckpointHistory}, extends it.
 */
public class MongoCheckpointReader implements CheckpointReader {

    final MongoCollection<Document> checkpoints;

    public MongoCheckpointReader(MongoDatabase db) {
        this.checkpoints = db.getCollection(LedgerCollections.LOG_CHECKPOINTS);
    }

    @Override
    public Optional<SignedCheckpoint> at(long size) {
        return Optional.ofNullable(MongoLogException.call("read checkpoint", () -> checkpoints.find(eq("_id", size)).first()))
                .map(MongoCheckpointReader::checkpoint);
    }

    @Override
    public Optional<SignedCheckpoint> latest() {
        return Optional.ofNullable(MongoLogException.call("read latest checkpoint",
                () -> checkpoints.find().sort(Sorts.descending("_id")).limit(1).first()))
                .map(MongoCheckpointReader::checkpoint);
    }

    @Override
    public List<SignedCheckpoint> since(long fromSize, int limit) {
        return MongoLogException.call("list checkpoints", () -> checkpoints.find(gte("_id", fromSize))
                .sort(Sorts.ascending("_id")).limit(limit).map(MongoCheckpointReader::checkpoint).into(new ArrayList<>()));
    }

    private static SignedCheckpoint checkpoint(Document d) {
        return new SignedCheckpoint(((Number) d.get("_id")).longValue(), d.getString("note"));
    }
}

package io.trazo.mongo.log;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.trazo.mongo.LedgerCollections;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.LogState;
import io.trazo.append.log.LogStateStore;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.append.log.StateWrite;
import io.trazo.ledger.merkle.TreeHash;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * {@link LogStateStore} as the single document {@code _id: "state"} of {@code log_state}. The
 * compare-and-set is one {@code replaceOne} whose filter is the whole expected document (writer token
 * included), which MongoDB applies atomically to the one document, with no transaction; the first
 * state is an {@code insertOne} guarded by {@code _id}.
 */
public final class MongoLogStateStore implements LogStateStore {

    static final String COLLECTION = LedgerCollections.LOG_STATE;
    private static final String ID = "state";

    private final MongoCollection<Document> states;

    public MongoLogStateStore(MongoDatabase db) {
        this.states = db.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY);
    }

    @Override
    public Optional<LogState> load() {
        return Optional.ofNullable(MongoLogException.call("load log state", () -> states.find(eq("_id", ID)).first()))
                .map(MongoLogStateStore::state);
    }

    @Override
    public StateWrite compareAndSet(Optional<LogState> expected, LogState next) {
        if (expected.isPresent() && next.writer().isBelow(expected.get().writer())) {
            return load().filter(s -> s.equals(expected.get())).isPresent() ? StateWrite.FENCED : StateWrite.STALE;
        }
        if (expected.isEmpty()) {
            try {
                MongoLogException.call("insert log state", () -> states.insertOne(document(next)));
                return StateWrite.WRITTEN;
            } catch (MongoLogException e) {
                if (e.getCause() instanceof MongoWriteException w && MongoLogException.isDuplicateKey(w)) {
                    return lost(next);
                }
                throw e;
            }
        }
        long matched = MongoLogException.call("replace log state",
                () -> states.replaceOne(filter(expected.get()), document(next)).getMatchedCount());
        return matched == 1 ? StateWrite.WRITTEN : lost(next);
    }

    private StateWrite lost(LogState next) {
        return load().filter(s -> next.writer().isBelow(s.writer())).isPresent() ? StateWrite.FENCED : StateWrite.STALE;
    }

    private static Bson filter(LogState s) {
        return and(eq("_id", ID), eq("treeSize", s.treeSize()), eq("root", s.root().toHex()),
                eq("integratedPosition", s.integratedPosition()), eq("writer", s.writer().value()),
                eq("checkpoint", s.checkpoint().map(SignedCheckpoint::note).orElse(null)));
    }

    private static Document document(LogState s) {
        return new Document("_id", ID).append("treeSize", s.treeSize()).append("root", s.root().toHex())
                .append("integratedPosition", s.integratedPosition()).append("writer", s.writer().value())
                .append("checkpoint", s.checkpoint().map(SignedCheckpoint::note).orElse(null));
    }

    private static LogState state(Document d) {
        long size = ((Number) d.get("treeSize")).longValue();
        Optional<SignedCheckpoint> checkpoint = Optional.ofNullable(d.getString("checkpoint"))
                .map(note -> new SignedCheckpoint(size, note));
        return new LogState(size, TreeHash.fromHex(d.getString("root")), ((Number) d.get("integratedPosition")).longValue(),
                new FencingToken(((Number) d.get("writer")).longValue()), checkpoint);
    }
}

package io.trazo.mongo.log;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import io.trazo.append.audit.AuditCursor;
import io.trazo.append.audit.AuditCursorStore;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.mongo.LedgerCollections;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * {@link AuditCursorStore} as the single document {@code _id: "store-audit"} of {@code log_audit},
 * replaced whole by one {@code replaceOne} (upsert): a cursor, not history, so it is the one document
 * here that is overwritten. Each level's right-edge hashes are one binary of 32-byte hashes.
 */
public final class MongoAuditCursorStore implements AuditCursorStore {

    private static final String ID = "store-audit";

    private final MongoCollection<Document> cursors;

    public MongoAuditCursorStore(MongoDatabase db) {
        this.cursors = db.getCollection(LedgerCollections.LOG_AUDIT).withWriteConcern(WriteConcern.MAJORITY);
    }

    @Override
    public Optional<AuditCursor> load() {
        Document d = cursors.find(eq("_id", ID)).first();
        if (d == null) {
            return Optional.empty();
        }
        List<AuditCursor.Level> levels = new ArrayList<>();
        for (Document l : d.getList("levels", Document.class)) {
            byte[] bytes = l.get("hashes", Binary.class).getData();
            List<TreeHash> hashes = new ArrayList<>(bytes.length / TreeHash.LENGTH);
            for (int at = 0; at + TreeHash.LENGTH <= bytes.length; at += TreeHash.LENGTH) {
                hashes.add(TreeHash.of(bytes, at));
            }
            levels.add(new AuditCursor.Level(l.getLong("index"), hashes));
        }
        return Optional.of(new AuditCursor(d.getLong("leaves"), d.getLong("nextPosition"), d.getLong("checkpointSize"), levels));
    }

    @Override
    public void save(AuditCursor cursor) {
        List<Document> levels = new ArrayList<>();
        for (AuditCursor.Level l : cursor.levels()) {
            byte[] bytes = new byte[l.hashes().size() * TreeHash.LENGTH];
            for (int i = 0; i < l.hashes().size(); i++) {
                l.hashes().get(i).copyTo(bytes, i * TreeHash.LENGTH);
            }
            levels.add(new Document("index", l.index()).append("hashes", new Binary(bytes)));
        }
        Document d = new Document("_id", ID).append("leaves", cursor.leaves()).append("nextPosition", cursor.nextPosition())
                .append("checkpointSize", cursor.checkpointSize()).append("levels", levels).append("at", new Date());
        cursors.replaceOne(eq("_id", ID), d, new ReplaceOptions().upsert(true));
    }

    @Override
    public void clear() {
        cursors.deleteOne(eq("_id", ID));
    }
}

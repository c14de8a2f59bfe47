package io.trazo.ingest.log;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.trazo.ledger.merkle.Tile;
import io.trazo.ledger.merkle.TileConflictException;
import io.trazo.ledger.merkle.TileStore;
import io.trazo.ledger.merkle.TileWriteOutcome;
import java.util.ArrayList;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * {@link TileStore} on collection {@code log_tiles}: one document per (level, index, width), keyed
 * {@code _id = "L/N/W"}, inserted once and never updated. Every read is by {@code _id}: a right-edge
 * read asks for all qualifying widths at once and keeps the widest stored. The prefix
 * check across widths (contract item 3, SHOULD) is not done here: a conflicting narrower tile is caught
 * by the sequencer's root check before anything is signed.
 */
public final class MongoTileStore implements TileStore {

    static final String COLLECTION = "log_tiles";

    private final MongoCollection<Document> tiles;

    public MongoTileStore(MongoDatabase db) {
        this.tiles = db.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY);
        MongoLogException.call("create tile index", () -> tiles.createIndex(Indexes.ascending("level", "index", "width"),
                new IndexOptions().unique(true).name("tile_position")));
    }

    @Override
    public TileWriteOutcome write(Tile tile) {
        Document doc = new Document("_id", Tile.storageKey(tile.level(), tile.index(), tile.width()))
                .append("level", tile.level()).append("index", tile.index()).append("width", tile.width())
                .append("hashes", new Binary(tile.toBytes()));
        try {
            MongoLogException.call("insert tile", () -> tiles.insertOne(doc));
            return TileWriteOutcome.STORED;
        } catch (MongoLogException e) {
            if (!(e.getCause() instanceof MongoWriteException w) || !MongoLogException.isDuplicateKey(w)) {
                throw e;
            }
        }
        Tile stored = exact(tile.level(), tile.index(), tile.width())
                .orElseThrow(() -> new IllegalStateException("duplicate key but no tile " + tile.path()));
        if (stored.equals(tile)) {
            return TileWriteOutcome.ALREADY_STORED;
        }
        throw TileConflictException.differentHashes(stored, tile);
    }

    /**
     * Every qualifying width by {@code _id} in one round trip, and the widest found: at most 256 point
     * look-ups in the {@code _id} index, on the key every tile is written under
     * ({@link Tile#storageKey}); query-service reads tiles the same way.
     */
    @Override
    public Optional<Tile> read(int level, long index, int minWidth) {
        Document widest = null;
        for (Document d : MongoLogException.call("read tile",
                () -> tiles.find(in("_id", Tile.storageKeysFrom(level, index, minWidth))).into(new ArrayList<>()))) {
            if (widest == null || d.getInteger("width") > widest.getInteger("width")) {
                widest = d;
            }
        }
        return Optional.ofNullable(widest).map(MongoTileStore::tile);
    }

    private Optional<Tile> exact(int level, long index, int width) {
        Document doc = MongoLogException.call("read tile", () -> tiles.find(eq("_id", Tile.storageKey(level, index, width))).first());
        return Optional.ofNullable(doc).map(MongoTileStore::tile);
    }

    private static Tile tile(Document doc) {
        return Tile.of(doc.getInteger("level"), ((Number) doc.get("index")).longValue(), doc.get("hashes", Binary.class).getData());
    }
}

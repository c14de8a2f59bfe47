package io.trazo.ingest.log;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.trazo.ledger.merkle.Tile;
import io.trazo.ledger.merkle.TileConflictException;
import io.trazo.ledger.merkle.TileStore;
import io.trazo.ledger.merkle.TileWriteOutcome;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * {@link TileStore} on collection {@code log_tiles}: one document per (level, index, width), keyed
 * {@code _id = "L/N/W"}, inserted once and never updated. Reads try the full tile by exact key first,
 * the common case; only a right-edge read falls back to the widest stored partial tile. The prefix
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

    private static String id(int level, long index, int width) {
        return level + "/" + index + "/" + width;
    }

    @Override
    public TileWriteOutcome write(Tile tile) {
        Document doc = new Document("_id", id(tile.level(), tile.index(), tile.width()))
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
        Tile stored = read(tile.level(), tile.index(), tile.width()).filter(t -> t.width() == tile.width())
                .or(() -> exact(tile.level(), tile.index(), tile.width()))
                .orElseThrow(() -> new IllegalStateException("duplicate key but no tile " + tile.path()));
        if (stored.equals(tile)) {
            return TileWriteOutcome.ALREADY_STORED;
        }
        throw TileConflictException.differentHashes(stored, tile);
    }

    @Override
    public Optional<Tile> read(int level, long index, int minWidth) {
        Optional<Tile> full = exact(level, index, Tile.FULL_WIDTH);
        if (full.isPresent()) {
            return full;
        }
        Document widest = MongoLogException.call("read tile", () -> tiles
                .find(and(eq("level", level), eq("index", index), gte("width", minWidth)))
                .sort(Sorts.descending("width")).limit(1).first());
        return Optional.ofNullable(widest).map(MongoTileStore::tile);
    }

    private Optional<Tile> exact(int level, long index, int width) {
        Document doc = MongoLogException.call("read tile", () -> tiles.find(eq("_id", id(level, index, width))).first());
        return Optional.ofNullable(doc).map(MongoTileStore::tile);
    }

    private static Tile tile(Document doc) {
        return Tile.of(doc.getInteger("level"), ((Number) doc.get("index")).longValue(), doc.get("hashes", Binary.class).getData());
    }
}

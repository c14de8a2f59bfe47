package io.trazo.mongo.log;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.trazo.ledger.merkle.Tile;
import io.trazo.ledger.merkle.TileReader;
import io.trazo.mongo.LedgerCollections;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * {@link TileReader} on {@code log_tiles}: one document per (level, index, width), keyed
 * {@code _id = "L/N/W"} ({@link Tile#storageKey}). Every read is by {@code _id}: a right-edge read asks
 * for every qualifying width in one {@code $in} and keeps the widest found, so a proof needs no range
 * query and no secondary index. The write side, {@link MongoTileStore}, extends it.
 */
public class MongoTileReader implements TileReader {

    final MongoCollection<Document> tiles;

    public MongoTileReader(MongoDatabase db) {
        this.tiles = db.getCollection(LedgerCollections.LOG_TILES);
    }

    @Override
    public Optional<Tile> read(int level, long index, int minWidth) {
        Document widest = null;
        for (Document d : MongoLogException.call("read tile",
                () -> tiles.find(in("_id", Tile.storageKeysFrom(level, index, minWidth))).into(new ArrayList<>()))) {
            if (widest == null || d.getInteger("width") > widest.getInteger("width")) {
                widest = d;
            }
        }
        return Optional.ofNullable(widest).map(MongoTileReader::tile);
    }

    @Override
    public List<Tile> readFull(int level, Collection<Long> indices) {
        List<String> ids = indices.stream().distinct().map(i -> Tile.storageKey(level, i, Tile.FULL_WIDTH)).toList();
        return ids.isEmpty() ? List.of()
                : MongoLogException.call("read tiles", () -> tiles.find(in("_id", ids)).map(MongoTileReader::tile).into(new ArrayList<>()));
    }

    static Tile tile(Document doc) {
        return Tile.of(doc.getInteger("level"), ((Number) doc.get("index")).longValue(), doc.get("hashes", Binary.class).getData());
    }
}

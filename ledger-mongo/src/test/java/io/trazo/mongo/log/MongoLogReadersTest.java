package io.trazo.mongo.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.trazo.ledger.log.CheckpointReader;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.Tile;
import io.trazo.ledger.merkle.TileReader;
import io.trazo.mongo.MongoTarget;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The log's read adapters answer from exact keys over the documents the write side stores, and read nothing else. */
class MongoLogReadersTest {

    private MongoDatabase db;

    @BeforeEach
    void freshDatabase() {
        db = MongoTarget.shared().freshDatabase("log-reader-");
        db.getCollection("log_checkpoints").insertOne(new Document("_id", 5L).append("note", "note of size 5"));
        db.getCollection("log_checkpoints").insertOne(new Document("_id", 3L).append("note", "note of size 3"));
    }

    @Test
    void theLatestCheckpointIsTheLargestTreeSizeWhateverTheOrderOfArrival() {
        CheckpointReader history = new MongoCheckpointReader(db);
        assertThat(history.latest()).contains(new SignedCheckpoint(5, "note of size 5"));
        assertThat(history.since(4, 10)).containsExactly(new SignedCheckpoint(5, "note of size 5"));
        assertThat(history.at(3)).contains(new SignedCheckpoint(3, "note of size 3"));
    }

    @Test
    void aSequencerStateAheadOfTheHistoryIsNotAPublishedCheckpoint() {
        state(7, "note of size 7, not yet published");
        assertThat(new MongoCheckpointReader(db).latest()).contains(new SignedCheckpoint(5, "note of size 5"));
        assertThat(new MongoCheckpointReader(db).at(7)).isEmpty();
    }

    @Test
    void aTileReadTakesTheWidestStoredTileAtLeastAsWideAsAsked() {
        tile(0, 4, 10);
        tile(0, 4, 40);
        TileReader tiles = new MongoTileReader(db);
        assertThat(tiles.read(0, 4, 10)).map(Tile::width).contains(40);
        assertThat(tiles.read(0, 4, 40)).map(Tile::width).contains(40);
        assertThat(tiles.read(0, 4, 41)).isEmpty();
        tile(0, 4, Tile.FULL_WIDTH);
        assertThat(tiles.read(0, 4, 41)).map(Tile::width).contains(Tile.FULL_WIDTH);
        assertThat(tiles.read(1, 4, 1)).isEmpty();
    }

    private void state(long size, String note) {
        db.getCollection("log_state").insertOne(new Document("_id", "state").append("treeSize", size).append("root", "00".repeat(32))
                .append("integratedPosition", size).append("writer", 1L).append("checkpoint", note));
    }

    private void tile(int level, long index, int width) {
        db.getCollection("log_tiles").insertOne(new Document("_id", level + "/" + index + "/" + width).append("level", level)
                .append("index", index).append("width", width).append("hashes", new Binary(new byte[32 * width])));
    }
}

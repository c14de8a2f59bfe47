package io.trazo.query.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.trazo.ledger.log.CheckpointHistory;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.Tile;
import io.trazo.ledger.merkle.TileStore;
import io.trazo.query.store.StandInMongo;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The log's read side answers from exact keys, and still answers right when the sequencer's state is ahead of its history. */
class MongoLogReaderTest {

    private static StandInMongo server;
    private static MongoClient client;
    private MongoDatabase db;

    @BeforeAll
    static void start() {
        server = new StandInMongo();
        client = MongoClients.create(server.uri());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @BeforeEach
    void freshDatabase() {
        db = client.getDatabase("log-reader-" + System.nanoTime());
        db.getCollection("log_checkpoints").insertOne(new Document("_id", 3L).append("note", "note of size 3"));
        db.getCollection("log_checkpoints").insertOne(new Document("_id", 5L).append("note", "note of size 5"));
    }

    @Test
    void theLatestCheckpointIsTheOneTheCommittedStateNames() {
        state(5, "note of size 5");
        assertThat(MongoLogReader.history(db).latest()).contains(new SignedCheckpoint(5, "note of size 5"));
    }

    @Test
    void aStateAheadOfTheHistoryFallsBackToTheNewestPublishedCheckpoint() {
        state(7, "note of size 7, not yet published");
        CheckpointHistory history = MongoLogReader.history(db);
        assertThat(history.latest()).contains(new SignedCheckpoint(5, "note of size 5"));
        db.getCollection("log_state").drop();
        assertThat(history.latest()).contains(new SignedCheckpoint(5, "note of size 5"));
    }

    @Test
    void aTileReadTakesTheWidestStoredTileAtLeastAsWideAsAsked() {
        tile(0, 4, 10);
        tile(0, 4, 40);
        TileStore tiles = MongoLogReader.tiles(db);
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

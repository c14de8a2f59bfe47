package io.trazo.mongo.log;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.Harvests;
import io.trazo.append.log.Integration;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogIntegrityException;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.ledger.merkle.Tile;
import io.trazo.mongo.LedgerCollections;
import io.trazo.mongo.MongoTarget;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;

/**
 * The repro on the stand-in: a byte flipped in a completed tile of {@code log_tiles} (not the
 * right edge, which the root check already covers). Detected by the sequencer's check after a restart:
 * it signs nothing more.
 */
class MongoCompletedTileTamperTest {

    @Test
    void aRestartedSequencerRefusesToSignOverAFlippedByteInACompletedTile() throws Exception {
        List<byte[]> records = Harvests.afterTheJourney(260);
        MongoDatabase db = MongoTarget.shared().freshDatabase("log");
        InMemoryLedgerStore ledger = new InMemoryLedgerStore();
        LogFixture.append(ledger, records.subList(0, 290));
        Sequencer first = sequencer(ledger, db);
        while (first.integrate(new FencingToken(1)) instanceof Integration.Committed) {
            // next batch
        }
        MongoCollection<Document> tiles = db.getCollection(LedgerCollections.LOG_TILES);
        String full = Tile.storageKey(0, 0, Tile.FULL_WIDTH);
        byte[] hashes = tiles.find(eq("_id", full)).first().get("hashes", Binary.class).getData();
        hashes[32 * 100 + 7] ^= 1;
        tiles.updateOne(eq("_id", full), set("hashes", new Binary(hashes)));
        LogFixture.append(ledger, records.subList(290, records.size()));
        long signed = mongoStores(db).history().latest().orElseThrow().size();

        Sequencer restarted = sequencer(ledger, db);
        assertThatThrownBy(() -> restarted.integrate(new FencingToken(2))).isInstanceOfSatisfying(LogIntegrityException.class,
                e -> assertThat(e.reason()).isEqualTo(LogIntegrityException.Reason.COMPLETED_TILE_ALTERED));
        assertThat(mongoStores(db).history().latest().orElseThrow().size()).isEqualTo(signed);
    }

    private static Sequencer sequencer(InMemoryLedgerStore ledger, MongoDatabase db) {
        return new Sequencer(ledger, mongoStores(db), LogFixture.signer(), new SequencerPolicy(100, Duration.ZERO), Clock.systemUTC());
    }

    private static LogStores mongoStores(MongoDatabase db) {
        return MongoSequencerTest.mongoStores(db);
    }
}

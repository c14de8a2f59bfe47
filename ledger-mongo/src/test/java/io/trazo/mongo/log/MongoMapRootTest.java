package io.trazo.mongo.log;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.log.StatusMapRoots;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.Integration;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogIntegrityException;
import io.trazo.append.log.LogInvariants;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.MapRecords;
import io.trazo.append.log.ReplayedMapRoots;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.mongo.LedgerCollections;
import io.trazo.mongo.MongoTarget;
import java.time.Clock;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Map-root leaves in the one Mongo schema, on the Mongo-wire stand-in. */
class MongoMapRootTest {

    private static final SequencerPolicy POLICY = new SequencerPolicy(4, Duration.ZERO);

    private static Sequencer sequencer(InMemoryLedgerStore ledger, MongoDatabase db) {
        return new Sequencer(ledger, MongoSequencerTest.mongoStores(db), LogFixture.signer(), POLICY, Clock.systemUTC(),
                StatusMapRoots.empty());
    }

    private static void runUntilIdle(Sequencer sequencer, long token) throws LogIntegrityException {
        while (sequencer.integrate(new FencingToken(token)) instanceof Integration.Committed) {
            // next batch
        }
    }

    @Test
    void aSequencerRestartedOnMongoReplaysItsMapAndEveryMapRootLeafEqualsAReplay() throws Exception {
        MongoDatabase db = MongoTarget.shared().freshDatabase("log");
        InMemoryLedgerStore ledger = new InMemoryLedgerStore();
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(0, 9));
        runUntilIdle(sequencer(ledger, db), 1);
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(9, LogFixture.JOURNEY.size()));
        runUntilIdle(sequencer(ledger, db), 2);

        LogStores stores = MongoSequencerTest.mongoStores(db);
        long size = LogInvariants.check(ledger, stores, LogFixture.signer()).treeSize();
        ReplayedMapRoots replayed = ReplayedMapRoots.of(stores.leaves(), ledger, StatusMapRoots.empty(), size);
        assertThat(replayed.mismatches()).isEmpty();
        assertThat(replayed.mapRoots()).hasSize(stores.history().since(0, 100).size()).hasSizeGreaterThan(2);
    }

    @Test
    void aLeafIndexFromBeforeMapRootsGetsASparseRecordIndexSoMapRootLeavesFit() throws Exception {
        MongoDatabase db = MongoTarget.shared().freshDatabase("log");
        db.getCollection(LedgerCollections.LOG_LEAVES).createIndex(Indexes.ascending("record"),
                new IndexOptions().unique(true).name("leaf_record"));
        InMemoryLedgerStore ledger = LogFixture.journeyLedger();

        runUntilIdle(sequencer(ledger, db), 1);

        assertThat(db.getCollection(LedgerCollections.LOG_LEAVES).countDocuments(new Document("mapRoot", new Document("$exists", true))))
                .isEqualTo((LogFixture.JOURNEY.size() + 3) / 4);
        assertThat(db.getCollection(LedgerCollections.LOG_LEAVES).listIndexes().into(new java.util.ArrayList<>()))
                .filteredOn(i -> "leaf_record".equals(i.getString("name"))).singleElement()
                .satisfies(i -> assertThat(i.get("sparse")).isEqualTo(true));
    }

    @Test
    void aStatusRecordUnflaggedInTheStoreStopsTheNextSequencerBeforeItSigns() throws Exception {
        MongoDatabase db = MongoTarget.shared().freshDatabase("log");
        InMemoryLedgerStore ledger = new InMemoryLedgerStore();
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(0, 9));
        runUntilIdle(sequencer(ledger, db), 1);
        int lastFed = -1;
        for (int i = 0; i < 9; i++) {
            if (MapRecords.feeds(RecordCodec.parse(LogFixture.JOURNEY.get(i)).type())) {
                lastFed = i;
            }
        }
        assertThat(lastFed).as("the journey opens with its registry").isGreaterThan(3);
        long leaf = MongoSequencerTest.mongoStores(db).leaves().indexOf(RecordCodec.parse(LogFixture.JOURNEY.get(lastFed)).hash())
                .orElseThrow();
        db.getCollection(LedgerCollections.LOG_LEAVES).updateOne(eq("_id", leaf), Updates.unset("mapped"));
        long signed = MongoSequencerTest.mongoStores(db).history().latest().orElseThrow().size();
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(9, 10));

        Sequencer restarted = sequencer(ledger, db);
        assertThatThrownBy(() -> restarted.integrate(new FencingToken(2))).isInstanceOf(LogIntegrityException.class)
                .hasMessageStartingWith("MAP_ROOT_MISMATCH");
        assertThat(MongoSequencerTest.mongoStores(db).history().latest().orElseThrow().size()).isEqualTo(signed);
    }
}

package io.trazo.mongo.log;

import io.trazo.mongo.MongoTarget;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.Integration;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogInvariants;
import io.trazo.append.log.LogState;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.append.log.StateWrite;
import io.trazo.mongo.MongoLedgerStore;
import io.trazo.ledger.crypto.Digest;
import io.trazo.append.InMemoryLedgerStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The sequencer over the Mongo adapters: the same log, checkpoints and fencing as in memory. */
class MongoSequencerTest {

    static LogStores mongoStores(MongoDatabase db) {
        return new LogStores(new MongoTileStore(db), new MongoLogStateStore(db), new MongoCheckpointHistory(db),
                new MongoLeafIndex(db));
    }

    @Test
    void theJourneyIsIntegratedIntoMongoAndEveryInvariantHolds() throws Exception {
        MongoDatabase db = MongoTarget.shared().freshDatabase("log");
        InMemoryLedgerStore ledger = LogFixture.journeyLedger();
        LogStores stores = mongoStores(db);
        Sequencer sequencer = new Sequencer(ledger, stores, LogFixture.signer(), new SequencerPolicy(4, Duration.ZERO),
                Clock.systemUTC());
        while (sequencer.integrate(new FencingToken(1)) instanceof Integration.Committed) {
            // next batch
        }
        LogState state = LogInvariants.check(ledger, stores, LogFixture.signer());
        assertThat(state.treeSize()).isEqualTo(LogFixture.JOURNEY.size());
        assertThat(stores.history().since(0, 100)).hasSize((LogFixture.JOURNEY.size() + 3) / 4);
    }

    @Test
    void overAMongoLedgerGapsAreSealedAndPositionsAreReadAWindowPerRoundTrip() throws Exception {
        MongoDatabase db = MongoTarget.shared().freshDatabase("log");
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MongoLedgerStore ledger = new MongoLedgerStore(db, meters).ensureIndexes();
        List<Digest> first = LogFixture.append(ledger, LogFixture.JOURNEY.subList(0, 4));
        long gap = ledger.nextPosition();
        List<Digest> rest = LogFixture.append(ledger, LogFixture.JOURNEY.subList(4, LogFixture.JOURNEY.size()));
        LogStores stores = mongoStores(db);
        Sequencer sequencer = new Sequencer(ledger, stores, LogFixture.signer(), new SequencerPolicy(4096, Duration.ZERO),
                Clock.systemUTC());

        while (sequencer.integrate(new FencingToken(1)) instanceof Integration.Committed) {
            // next batch
        }

        assertThat(meters.timer("trazo.ingest.store", "op", "acceptedRange").count()).isEqualTo(1);
        assertThat(meters.find("trazo.ingest.store").tag("op", "acceptedAt").timers()).isEmpty();
        assertThat(stores.leaves().recordAt(0)).contains(first.get(0));
        assertThat(stores.leaves().recordAt(first.size())).contains(rest.get(0));
        assertThat(ledger.acceptedAt(gap)).isEmpty();
        assertThat(ledger.markAccepted(rest.get(0), gap)).isFalse();
        assertThat(LogInvariants.check(ledger, stores, LogFixture.signer()).integratedPosition()).isEqualTo(ledger.lastPosition());
    }

    @Test
    void aSequencerRestartedOnTheSameDatabaseResumesAndAnOldLeaderIsFenced() throws Exception {
        MongoDatabase db = MongoTarget.shared().freshDatabase("log");
        InMemoryLedgerStore ledger = new InMemoryLedgerStore();
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(0, 5));
        Sequencer first = new Sequencer(ledger, mongoStores(db), LogFixture.signer(), SequencerPolicy.DEFAULT, Clock.systemUTC());
        first.integrate(new FencingToken(1));
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(5, LogFixture.JOURNEY.size()));
        Sequencer second = new Sequencer(ledger, mongoStores(db), LogFixture.signer(), SequencerPolicy.DEFAULT, Clock.systemUTC());
        assertThat(second.integrate(new FencingToken(2))).isInstanceOf(Integration.Committed.class);
        assertThat(first.integrate(new FencingToken(1))).isEqualTo(new Integration.Superseded(StateWrite.FENCED));
        assertThat(LogInvariants.check(ledger, mongoStores(db), LogFixture.signer()).treeSize())
                .isEqualTo(LogFixture.JOURNEY.size());
    }
}

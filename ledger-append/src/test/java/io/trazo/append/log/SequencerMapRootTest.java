package io.trazo.append.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.append.InMemoryLedgerStore;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.log.LogLeaf;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.log.RecordInclusion;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.ProofVerifier;
import io.trazo.ledger.merkle.checkpoint.Checkpoints;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sequencer with a map: every checkpoint ends in a map-root leaf, and that leaf is what a replay of the log gives. */
class SequencerMapRootTest {

    private static final SequencerPolicy POLICY = new SequencerPolicy(3, Duration.ZERO);
    private final LogStores stores = LogStores.inMemory();

    private Sequencer withMap(InMemoryLedgerStore ledger, MapRoots map) {
        return new Sequencer(ledger, stores, LogFixture.signer(), POLICY, MutableClock.atEpoch(), map);
    }

    static long entriesOf(LeafEntry.MapRoot root) {
        return ByteBuffer.wrap(root.input(), LeafEntry.MapRoot.DOMAIN.length, 8).getLong();
    }

    private static long fedRecords(List<byte[]> wires) {
        return wires.stream().map(RecordCodec::parse).map(SignedRecord::type).filter(MapRecords::feeds).count();
    }

    @Test
    void everyCheckpointEndsInAMapRootLeafThatAReplayOfTheLogGives() throws Exception {
        InMemoryLedgerStore ledger = LogFixture.journeyLedger();
        SequencerTest.runUntilIdle(withMap(ledger, StatusMapRoots.empty()), new FencingToken(1));

        List<SignedCheckpoint> history = stores.history().since(0, 100);
        assertThat(history).hasSize((LogFixture.JOURNEY.size() + 2) / 3);
        for (SignedCheckpoint checkpoint : history) {
            assertThat(stores.leaves().entries(checkpoint.size() - 1, 1)).singleElement().isInstanceOf(LeafEntry.MapRoot.class);
        }
        long size = history.get(history.size() - 1).size();
        assertThat(size).isEqualTo(LogFixture.JOURNEY.size() + history.size());
        ReplayedMapRoots replayed = ReplayedMapRoots.of(stores.leaves(), ledger, StatusMapRoots.empty(), size);
        assertThat(replayed.mapRoots()).hasSize(history.size());
        assertThat(replayed.mismatches()).isEmpty();
        LeafEntry.MapRoot last = (LeafEntry.MapRoot) stores.leaves().entries(size - 1, 1).get(0);
        assertThat(entriesOf(last)).isEqualTo(fedRecords(LogFixture.JOURNEY)).isPositive();
        LogInvariants.check(ledger, stores, LogFixture.signer());
    }

    @Test
    void everyRecordIsStillProvenByItsOwnLeafThoughLeavesAreNoLongerPositions() throws Exception {
        InMemoryLedgerStore ledger = LogFixture.journeyLedger();
        SequencerTest.runUntilIdle(withMap(ledger, StatusMapRoots.empty()), new FencingToken(1));
        LogProofs proofs = new LogProofs(stores.tiles(), stores.leaves(), stores.history());
        var checkpoint = Checkpoints.open(proofs.latest().orElseThrow().bytes(), LogFixture.ORIGIN,
                LogFixture.signer().verifierKeys()).checkpoint();
        for (byte[] wire : LogFixture.JOURNEY) {
            Digest hash = RecordCodec.parse(wire).hash();
            RecordInclusion inclusion = proofs.inclusion(hash);
            ProofVerifier.verifyInclusion(LogLeaf.hash(wire), inclusion.proof(), checkpoint.root());
        }
        assertThat(proofs.inclusion(RecordCodec.parse(LogFixture.JOURNEY.get(3)).hash()).proof().leafIndex()).isEqualTo(4);
    }

    @Test
    void aLogWrittenBeforeTheMapGetsItsFirstMapRootLeafWithItsNextBatch() throws Exception {
        InMemoryLedgerStore ledger = new InMemoryLedgerStore();
        List<byte[]> before = LogFixture.JOURNEY.subList(0, 10);
        LogFixture.append(ledger, before);
        SequencerTest.runUntilIdle(new Sequencer(ledger, stores, LogFixture.signer(), POLICY, MutableClock.atEpoch()),
                new FencingToken(1));
        assertThat(stores.leaves().entries(0, 100)).hasSize(10).allMatch(LeafEntry.Record.class::isInstance);

        LogFixture.append(ledger, LogFixture.JOURNEY.subList(10, 11));
        SequencerTest.runUntilIdle(withMap(ledger, StatusMapRoots.empty()), new FencingToken(2));

        assertThat(stores.state().load().orElseThrow().treeSize()).isEqualTo(12);
        LeafEntry.MapRoot first = (LeafEntry.MapRoot) stores.leaves().entries(11, 1).get(0);
        assertThat(entriesOf(first)).isEqualTo(fedRecords(LogFixture.JOURNEY.subList(0, 11))).isPositive();
        ReplayedMapRoots replayed = ReplayedMapRoots.of(stores.leaves(), ledger, StatusMapRoots.empty(), 12);
        assertThat(replayed.mapRoots()).containsExactly(11L);
        assertThat(replayed.mismatches()).isEmpty();
    }

    @Test
    void aRestartedSequencerReplaysItsMapAndSignsWhatOneSequencerWouldHave() throws Exception {
        InMemoryLedgerStore ledger = LogFixture.journeyLedger();
        Sequencer first = withMap(ledger, StatusMapRoots.empty());
        first.integrate(new FencingToken(1));
        first.integrate(new FencingToken(1));
        SequencerTest.runUntilIdle(withMap(ledger, StatusMapRoots.empty()), new FencingToken(2));

        LogStores alone = LogStores.inMemory();
        SequencerTest.runUntilIdle(new Sequencer(LogFixture.journeyLedger(), alone, LogFixture.signer(), POLICY,
                MutableClock.atEpoch(), StatusMapRoots.empty()), new FencingToken(1));
        assertThat(stores.history().since(0, 100)).containsExactlyElementsOf(alone.history().since(0, 100));
    }

    @Test
    void aSequencerWhoseMapDisagreesWithTheCommittedMapRootStopsBeforeSigning() throws Exception {
        InMemoryLedgerStore ledger = new InMemoryLedgerStore();
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(0, 10));
        SequencerTest.runUntilIdle(withMap(ledger, StatusMapRoots.empty()), new FencingToken(1));
        List<SignedCheckpoint> before = stores.history().since(0, 100);
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(10, 12));

        Sequencer forgetful = withMap(ledger, new ForgettingKeys(StatusMapRoots.empty()));
        assertThatThrownBy(() -> forgetful.integrate(new FencingToken(2))).isInstanceOf(LogIntegrityException.class)
                .hasMessageStartingWith("MAP_ROOT_MISMATCH").hasMessageContaining("map-root leaf");
        assertThat(stores.history().since(0, 100)).isEqualTo(before);
    }

    /** A map that forgets keys and revocations: the dishonest map a replay must catch. */
    record ForgettingKeys(MapRoots inner) implements MapRoots {
        @Override
        public MapRoots apply(SignedRecord record) {
            return new ForgettingKeys(record.type() == RecordType.REVOCATION ? inner
                    : record.type() == RecordType.KEY ? inner : inner.apply(record));
        }

        @Override
        public byte[] rootLeafInput(long lastRecordLeafIndex) {
            return inner.rootLeafInput(lastRecordLeafIndex);
        }
    }
}

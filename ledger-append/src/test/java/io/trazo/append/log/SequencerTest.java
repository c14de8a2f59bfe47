package io.trazo.append.log;

import io.trazo.ledger.log.LogLeaf;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.log.RecordInclusion;
import io.trazo.ledger.log.SignedCheckpoint;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.merkle.ConsistencyProof;
import io.trazo.ledger.merkle.ProofVerifier;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.merkle.checkpoint.Checkpoints;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

public class SequencerTest {

    private static final FencingToken TOKEN = new FencingToken(1);

    private final MutableClock clock = MutableClock.atEpoch();
    private final LogStores stores = LogStores.inMemory();
    private final LogProofs proofs = new LogProofs(stores.tiles(), stores.leaves(), stores.history());

    private Sequencer sequencer(InMemoryLedgerStore ledger, int maxBatch) {
        return new Sequencer(ledger, stores, LogFixture.signer(), new SequencerPolicy(maxBatch, Duration.ofSeconds(2)), clock);
    }

    static Checkpoint open(SignedCheckpoint signed) throws Exception {
        return Checkpoints.open(signed.bytes(), LogFixture.ORIGIN, LogFixture.signer().verifierKey()).checkpoint();
    }

    public static void runUntilIdle(Sequencer sequencer, FencingToken token) throws Exception {
        while (sequencer.integrate(token) instanceof Integration.Committed) {
            // next batch
        }
    }

    @Test
    void integratingTheJourneySignsACheckpointOfEveryRecordThatVerifiesWithTheLogKey() throws Exception {
        InMemoryLedgerStore ledger = LogFixture.journeyLedger();
        Integration result = sequencer(ledger, 1000).integrate(TOKEN);
        assertThat(result).isInstanceOf(Integration.Committed.class);
        SignedCheckpoint latest = stores.history().latest().orElseThrow();
        Checkpoint checkpoint = open(latest);
        assertThat(checkpoint.size()).isEqualTo(LogFixture.JOURNEY.size());
        assertThat(checkpoint.origin()).isEqualTo(LogFixture.ORIGIN);
        assertThat(checkpoint.extensions()).isEmpty();
        assertThat(stores.state().load().orElseThrow().integratedPosition()).isEqualTo(ledger.lastPosition());
    }

    @Test
    void leavesFollowLedgerPositionOrderAndEachIsTheLeafOfItsRecord() throws Exception {
        InMemoryLedgerStore ledger = LogFixture.journeyLedger();
        sequencer(ledger, 1000).integrate(TOKEN);
        for (long position = 1; position <= ledger.lastPosition(); position++) {
            Digest record = ledger.acceptedAt(position).orElseThrow();
            assertThat(stores.leaves().indexOf(record)).contains(position - 1);
            SignedRecord parsed = RecordCodec.parse(ledger.record(record).orElseThrow().wire());
            assertThat(new io.trazo.ledger.merkle.MerkleProofs(stores.tiles()).leafHash(position - 1))
                    .isEqualTo(LogLeaf.hash(parsed));
        }
    }

    @Test
    void everyRecordIsProvedIncludedInEveryCheckpointFromItsOwnOn() throws Exception {
        InMemoryLedgerStore ledger = LogFixture.journeyLedger();
        runUntilIdle(sequencer(ledger, 3), TOKEN);
        List<SignedCheckpoint> history = stores.history().since(0, 100);
        assertThat(history).hasSizeGreaterThan(2);
        for (SignedCheckpoint signed : history) {
            Checkpoint checkpoint = open(signed);
            for (long leaf = 0; leaf < checkpoint.size(); leaf++) {
                Digest record = stores.leaves().recordAt(leaf).orElseThrow();
                RecordInclusion inclusion = proofs.inclusion(record, checkpoint.size());
                SignedRecord parsed = RecordCodec.parse(ledger.record(record).orElseThrow().wire());
                ProofVerifier.verifyInclusion(LogLeaf.hash(parsed), inclusion.proof(), checkpoint.root());
            }
        }
    }

    @Test
    void everyPairOfPublishedCheckpointsIsConsistent() throws Exception {
        runUntilIdle(sequencer(LogFixture.journeyLedger(), 2), TOKEN);
        List<SignedCheckpoint> history = stores.history().since(0, 100);
        for (SignedCheckpoint a : history) {
            for (SignedCheckpoint b : history) {
                if (a.size() <= b.size()) {
                    ConsistencyProof proof = proofs.consistency(a.size(), b.size());
                    ProofVerifier.verifyConsistency(proof, open(a).root(), open(b).root());
                }
            }
        }
    }

    @Test
    void aStepWithNothingNewIsIdleAndSignsNothing() throws Exception {
        Sequencer sequencer = sequencer(LogFixture.journeyLedger(), 1000);
        sequencer.integrate(TOKEN);
        SignedCheckpoint before = stores.history().latest().orElseThrow();
        assertThat(sequencer.integrate(TOKEN)).isInstanceOf(Integration.Idle.class);
        assertThat(stores.history().since(0, 100)).containsExactly(before);
    }

    @Test
    void aDrawnButUnacceptedPositionHoldsTheLogUntilItsGraceHasPassedThenIsSealed() throws Exception {
        InMemoryLedgerStore ledger = new InMemoryLedgerStore();
        List<Digest> first = LogFixture.append(ledger, LogFixture.JOURNEY.subList(0, 3));
        long gap = ledger.nextPosition();
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(3, 5));
        Sequencer sequencer = sequencer(ledger, 1000);

        Integration held = sequencer.integrate(TOKEN);
        assertThat(held).isInstanceOf(Integration.Committed.class);
        assertThat(((Integration.Committed) held).leaves()).isEqualTo(first.size());
        assertThat(sequencer.integrate(TOKEN)).isEqualTo(new Integration.WaitingForPosition(gap));
        clock.advance(Duration.ofMillis(1999));
        assertThat(sequencer.integrate(TOKEN)).isEqualTo(new Integration.WaitingForPosition(gap));
        clock.advance(Duration.ofMillis(1));

        Integration moved = sequencer.integrate(TOKEN);
        assertThat(((Integration.Committed) moved).leaves()).isEqualTo(2);
        assertThat(stores.state().load().orElseThrow().treeSize()).isEqualTo(5);
        assertThat(ledger.sealPosition(gap)).isTrue();
        assertThat(ledger.acceptedAt(gap)).isEmpty();
    }

    @Test
    void aRecordAcceptedAtTheGapWithinItsGraceIsIntegratedInPositionOrder() throws Exception {
        InMemoryLedgerStore ledger = new InMemoryLedgerStore();
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(0, 3));
        long gap = ledger.nextPosition();
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(3, 4));
        Sequencer sequencer = sequencer(ledger, 1000);
        sequencer.integrate(TOKEN);
        assertThat(sequencer.integrate(TOKEN)).isEqualTo(new Integration.WaitingForPosition(gap));

        SignedRecord late = RecordCodec.parse(LogFixture.JOURNEY.get(4));
        ledger.insertPending(new StoredRecord(late.hash(), LogFixture.JOURNEY.get(4), late.type(), late.actor(), late.time(),
                java.util.Map.of(), RecordState.PENDING, OptionalLong.empty(), Optional.empty()));
        assertThat(ledger.markAccepted(late.hash(), gap)).isTrue();
        clock.advance(Duration.ofSeconds(1));

        assertThat(sequencer.integrate(TOKEN)).isInstanceOf(Integration.Committed.class);
        assertThat(stores.leaves().indexOf(late.hash())).contains(3L);
        assertThat(stores.leaves().recordAt(4)).isEqualTo(ledger.acceptedAt(gap + 1));
    }

    @Test
    void onlySealedPositionsAdvanceThePositionWithoutANewCheckpoint() throws Exception {
        InMemoryLedgerStore ledger = LogFixture.journeyLedger();
        Sequencer sequencer = sequencer(ledger, 1000);
        sequencer.integrate(TOKEN);
        long gap = ledger.nextPosition();
        clock.advance(Duration.ofSeconds(2));
        sequencer.integrate(TOKEN);
        clock.advance(Duration.ofSeconds(2));
        Integration result = sequencer.integrate(TOKEN);
        assertThat(result).isInstanceOf(Integration.Committed.class);
        assertThat(((Integration.Committed) result).leaves()).isZero();
        assertThat(stores.state().load().orElseThrow().integratedPosition()).isEqualTo(gap);
        assertThat(stores.history().since(0, 10)).hasSize(1);
    }
}

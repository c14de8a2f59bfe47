package io.trazo.witness;

import io.trazo.ledger.merkle.checkpoint.AddCheckpointRequest;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.append.log.SequencerTest;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.TreeHash;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** A real log from the test kit: the coffee journey sequenced three records at a time. */
final class WitnessLog {

    final LogStores stores = LogStores.inMemory();
    final LogProofs proofs = new LogProofs(stores.tiles(), stores.leaves(), stores.history());
    final List<SignedCheckpoint> checkpoints;

    WitnessLog() throws Exception {
        InMemoryLedgerStore ledger = LogFixture.journeyLedger();
        Sequencer sequencer = new Sequencer(ledger, stores, LogFixture.signer(),
                new SequencerPolicy(3, Duration.ofSeconds(2)), Clock.systemUTC());
        SequencerTest.runUntilIdle(sequencer, new FencingToken(1));
        checkpoints = stores.history().since(0, 1000);
        if (checkpoints.size() < 4) {
            throw new IllegalStateException("the journey should give at least four checkpoints");
        }
    }

    SignedCheckpoint at(int index) {
        return checkpoints.get(index);
    }

    /** The request a log sends to move a witness from {@code oldSize} to {@code checkpoint}. */
    byte[] request(long oldSize, SignedCheckpoint checkpoint) throws Exception {
        List<TreeHash> proof = oldSize == 0 || oldSize == checkpoint.size() ? List.of()
                : proofs.consistency(oldSize, checkpoint.size()).path();
        return new AddCheckpointRequest(oldSize, proof, checkpoint.bytes()).encode();
    }
}

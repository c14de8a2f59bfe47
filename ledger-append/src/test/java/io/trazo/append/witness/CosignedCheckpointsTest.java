package io.trazo.append.witness;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.MutableClock;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.append.log.SequencerTest;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.CosignedCheckpoints;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.checkpoint.Checkpoints;
import io.trazo.ledger.merkle.note.CosignerSignerKey;
import io.trazo.ledger.merkle.note.WitnessQuorum;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The read side's checkpoints carry the stored cosignatures and still verify with the log key alone (§19.4). */
class CosignedCheckpointsTest {

    private static final CosignerSignerKey WITNESS = CosignerSignerKey.of("w.trazo.test/read", new byte[32]);

    @Test
    void servedNotesAndBundleEvidenceCarryTheCosignatureAndStillOpenWithTheLogKey() throws Exception {
        LogStores stores = LogStores.inMemory();
        InMemoryLedgerStore ledger = new InMemoryLedgerStore();
        List<Digest> records = LogFixture.append(ledger, LogFixture.JOURNEY);
        SequencerTest.runUntilIdle(new Sequencer(ledger, stores, LogFixture.signer(),
                new SequencerPolicy(1000, Duration.ZERO), MutableClock.atEpoch()), new FencingToken(1));
        SignedCheckpoint plain = stores.history().latest().orElseThrow();
        String text = plain.note().substring(0, plain.note().lastIndexOf("\n\n") + 1);
        InMemoryCosignatureStore cosignatures = new InMemoryCosignatureStore();
        String line = WITNESS.cosign(text, Instant.now().getEpochSecond()).text();
        cosignatures.record(plain.size(), WITNESS.verifierKey().encode(), line);

        CosignedCheckpoints served = new CosignedCheckpoints(stores.history(), cosignatures);
        SignedCheckpoint latest = served.latest().orElseThrow();
        assertThat(latest.note()).isEqualTo(plain.note() + line + "\n");
        assertThat(Checkpoints.open(latest.bytes(), LogFixture.ORIGIN, LogFixture.signer().verifierKey()).checkpoint())
                .isEqualTo(Checkpoints.open(plain.bytes(), LogFixture.ORIGIN, LogFixture.signer().verifierKey()).checkpoint());
        assertThat(served.since(0, 10)).containsExactly(latest);

        String carried = new LogProofs(stores.tiles(), stores.leaves(), served).evidence(records, plain.size()).checkpoint();
        List<String> lines = carried.lines().filter(l -> l.startsWith("\u2014 ")).toList();
        var quorum = new WitnessQuorum(List.of(WITNESS.verifierKey()), 1, Duration.ofMinutes(5));
        assertThat(quorum.check(text, lines, Instant.now())).isInstanceOf(WitnessQuorum.Result.Met.class);
    }
}

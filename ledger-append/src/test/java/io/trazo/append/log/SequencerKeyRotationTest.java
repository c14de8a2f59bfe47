package io.trazo.append.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.append.InMemoryLedgerStore;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.note.NoteException;
import io.trazo.ledger.merkle.checkpoint.Checkpoints;
import io.trazo.ledger.merkle.note.NoteSignerKey;
import io.trazo.ledger.merkle.note.NoteVerifierKey;
import io.trazo.ledger.merkle.note.SignedNotes;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Protocol §17.1: a log signed with key A continues under key B through one checkpoint signed by both. */
class SequencerKeyRotationTest {

    private static final SequencerPolicy POLICY = new SequencerPolicy(1000, Duration.ofSeconds(2));
    private static final NoteSignerKey A = LogFixture.key(7);
    private static final NoteSignerKey B = LogFixture.key(9);
    private static final NoteSignerKey WRONG = LogFixture.key(11);

    private final InMemoryLedgerStore ledger = new InMemoryLedgerStore();
    private final LogStores stores = LogStores.inMemory();

    private static LogSigner signer(NoteSignerKey key) {
        return new LogSigner(LogFixture.ORIGIN, key);
    }

    private Sequencer sequencer(LogStores on, LogSigner signer) {
        return new Sequencer(ledger, on, signer, POLICY, MutableClock.atEpoch());
    }

    /** Appends journey records [from, to) and integrates them under {@code signer}. */
    private Sequencer grow(int from, int to, LogSigner signer, long token) throws Exception {
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(from, to));
        Sequencer sequencer = sequencer(stores, signer);
        SequencerTest.runUntilIdle(sequencer, new FencingToken(token));
        return sequencer;
    }

    /** The key IDs of A and B whose signature lines verify on {@code checkpoint}, in note order. */
    private static List<Integer> signers(SignedCheckpoint checkpoint) throws Exception {
        List<NoteVerifierKey> known = List.of(A.verifierKey(), B.verifierKey());
        return SignedNotes.open(checkpoint.bytes(), known).verified().stream().map(s -> s.keyId()).toList();
    }

    @Test
    void aLogSignedWithAContinuesWithBThroughOneCheckpointSignedByBoth() throws Exception {
        grow(0, 4, signer(A), 1);
        SignedCheckpoint old = stores.history().latest().orElseThrow();
        assertThat(signers(old)).containsExactly(A.keyId());

        Sequencer switching = grow(4, 6, signer(B).rotatingFrom(A), 2);
        assertThat(switching.alarm()).isEmpty();
        SignedCheckpoint transition = stores.history().latest().orElseThrow();
        assertThat(transition.size()).isEqualTo(6);
        assertThat(signers(transition)).containsExactly(B.keyId(), A.keyId());

        Sequencer rotated = grow(6, 9, signer(B), 3);
        assertThat(rotated.alarm()).isEmpty();
        SignedCheckpoint after = stores.history().latest().orElseThrow();
        assertThat(after.size()).isEqualTo(9);
        assertThat(signers(after)).containsExactly(B.keyId());
        assertThatThrownBy(() -> Checkpoints.open(after.bytes(), LogFixture.ORIGIN, A.verifierKey()))
                .isInstanceOf(NoteException.class);
        LogInvariants.check(ledger, stores, signer(B).rotatingFrom(A));
    }

    @Test
    void withoutThePreviousKeyTheSequencerStopsAndStaysStopped() throws Exception {
        grow(0, 4, signer(A), 1);
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(4, 6));
        Sequencer sequencer = sequencer(stores, signer(B));
        assertThatThrownBy(() -> sequencer.integrate(new FencingToken(2))).isInstanceOf(LogIntegrityException.class)
                .extracting(e -> ((LogIntegrityException) e).reason()).isEqualTo(LogIntegrityException.Reason.STATE_CHECKPOINT_INVALID);
        assertThatThrownBy(() -> sequencer.integrate(new FencingToken(2))).isInstanceOf(LogIntegrityException.class);
        assertThat(stores.history().latest().orElseThrow().size()).isEqualTo(4);
    }

    @Test
    void aWrongPreviousKeyChangesNothing() throws Exception {
        grow(0, 4, signer(A), 1);
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(4, 6));
        Sequencer sequencer = sequencer(stores, signer(B).rotatingFrom(WRONG));
        assertThatThrownBy(() -> sequencer.integrate(new FencingToken(2))).isInstanceOf(LogIntegrityException.class)
                .extracting(e -> ((LogIntegrityException) e).reason()).isEqualTo(LogIntegrityException.Reason.STATE_CHECKPOINT_INVALID);
        assertThat(sequencer.alarm()).isPresent();
        assertThat(stores.history().latest().orElseThrow().size()).isEqualTo(4);
    }

    @Test
    void theNewKeyAloneCannotBeThePreviousKey() {
        assertThatThrownBy(() -> signer(B).rotatingFrom(B)).isInstanceOf(IllegalArgumentException.class);
    }

    static IntStream crashPoints() {
        return IntStream.rangeClosed(1, 12);
    }

    /**
     * A crash at any write of the switch, before or after the transition checkpoint is committed and
     * published, then a restart with the new key only: either the transition was committed (and is
     * re-published as stored) or it was not (and the sequencer, lacking the old key, stops and signs nothing).
     */
    @ParameterizedTest(name = "crash at write {0} of the switch")
    @MethodSource("crashPoints")
    void aCrashDuringTheSwitchNeverLeavesALogTheNewKeyAloneContinuesWrongly(int crashAt) throws Exception {
        grow(0, 4, signer(A), 1);
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(4, 6));
        CrashingLog crashing = new CrashingLog(crashAt, true);
        Sequencer dying = new Sequencer(ledger, crashing.wrap(stores), signer(B).rotatingFrom(A), POLICY,
                MutableClock.atEpoch());
        try {
            SequencerTest.runUntilIdle(dying, new FencingToken(2));
        } catch (CrashingLog.Crash e) {
            // the process died here
        }
        boolean transitionCommitted = stores.state().load().orElseThrow().treeSize() == 6;

        if (!transitionCommitted) {
            Sequencer tooEarly = sequencer(stores, signer(B));
            assertThatThrownBy(() -> tooEarly.integrate(new FencingToken(3))).isInstanceOf(LogIntegrityException.class);
            // the operator restarts with both keys again, as the runbook says, and the switch completes
            SequencerTest.runUntilIdle(sequencer(stores, signer(B).rotatingFrom(A)), new FencingToken(4));
        }
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(6, 9));
        Sequencer restarted = sequencer(stores, signer(B));
        SequencerTest.runUntilIdle(restarted, new FencingToken(5));
        assertThat(restarted.alarm()).isEmpty();
        SignedCheckpoint transition = stores.history().at(6).orElseThrow();
        assertThat(signers(transition)).containsExactly(B.keyId(), A.keyId());
        assertThat(stores.history().latest().orElseThrow().size()).isEqualTo(9);
        assertThat(signers(stores.history().latest().orElseThrow())).containsExactly(B.keyId());
        LogInvariants.check(ledger, stores, signer(B).rotatingFrom(A));
    }
}

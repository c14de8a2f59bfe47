package io.trazo.append.log;

import io.trazo.ledger.log.SignedCheckpoint;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.InMemoryLedgerStore;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crash the sequencer at every write it makes (tiles, leaf index, state, history, seals), before and
 * after the write lands; restart a fresh sequencer, with a new lease token, on the surviving stores. The
 * records, the tree and the sequencer state must end consistent and identical to a run without a crash:
 * the same committed state and the same published checkpoints, byte for byte.
 */
class SequencerCrashTest {

    private static final SequencerPolicy POLICY = new SequencerPolicy(3, Duration.ZERO);
    private static final CleanRun CLEAN = cleanRun();

    private record CleanRun(int writes, LogState state, List<SignedCheckpoint> history) {}

    /** The journey with two drawn-but-never-accepted positions, so seals are exercised too. */
    private static InMemoryLedgerStore ledgerWithGaps() {
        InMemoryLedgerStore ledger = new InMemoryLedgerStore();
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(0, 4));
        ledger.nextPosition();
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(4, 9));
        ledger.nextPosition();
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(9, LogFixture.JOURNEY.size()));
        return ledger;
    }

    static Stream<Arguments> crashPoints() {
        return IntStream.rangeClosed(1, CLEAN.writes()).boxed()
                .flatMap(n -> Stream.of(Arguments.of(n, false), Arguments.of(n, true)));
    }

    @ParameterizedTest(name = "crash at write {0}, after it landed: {1}")
    @MethodSource("crashPoints")
    void aCrashAtAnyWriteConvergesToTheSameLogOnRestart(int crashAt, boolean afterWrite) throws Exception {
        InMemoryLedgerStore ledger = ledgerWithGaps();
        LogStores durable = LogStores.inMemory();
        CrashingLog crashing = new CrashingLog(crashAt, afterWrite);
        Sequencer dying = new Sequencer(crashing.wrap(ledger), crashing.wrap(durable), LogFixture.signer(), POLICY,
                MutableClock.atEpoch());
        boolean crashed = false;
        try {
            SequencerTest.runUntilIdle(dying, new FencingToken(1));
        } catch (CrashingLog.Crash e) {
            crashed = true;
        }
        assertThat(crashed).isTrue();

        Sequencer restarted = new Sequencer(ledger, durable, LogFixture.signer(), POLICY, MutableClock.atEpoch());
        SequencerTest.runUntilIdle(restarted, new FencingToken(2));

        LogState state = LogInvariants.check(ledger, durable, LogFixture.signer());
        assertThat(state.fencedBy(FencingToken.NONE)).isEqualTo(CLEAN.state().fencedBy(FencingToken.NONE));
        assertThat(durable.history().since(0, 100)).containsExactlyElementsOf(CLEAN.history());
        assertThat(restarted.alarm()).isEmpty();
    }

    private static CleanRun cleanRun() {
        try {
            InMemoryLedgerStore ledger = ledgerWithGaps();
            LogStores stores = LogStores.inMemory();
            CrashingLog counting = new CrashingLog(Integer.MAX_VALUE, false);
            Sequencer sequencer = new Sequencer(counting.wrap(ledger), counting.wrap(stores), LogFixture.signer(), POLICY,
                    MutableClock.atEpoch());
            SequencerTest.runUntilIdle(sequencer, new FencingToken(1));
            return new CleanRun(counting.writes(), stores.state().load().orElseThrow(), stores.history().since(0, 100));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

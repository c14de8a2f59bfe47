package io.trazo.append.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.InMemoryLedgerStore;
import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.log.SignedCheckpoint;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SequencerCrashTest} with a map: crash at every write of the map path too (the map-root leaf's
 * leaf-index entry and tiles, among all the others), before and after it lands, and restart a fresh
 * sequencer that must replay its map from the log. The log must end identical to a run without a crash,
 * and every committed map-root leaf must be what a replay of the log gives.
 */
class SequencerMapCrashTest {

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

    private static Sequencer sequencer(InMemoryLedgerStore ledger, LogStores stores, CrashingLog crashing) {
        return crashing == null
                ? new Sequencer(ledger, stores, LogFixture.signer(), POLICY, MutableClock.atEpoch(), StatusMapRoots.empty())
                : new Sequencer(crashing.wrap(ledger), crashing.wrap(stores), LogFixture.signer(), POLICY, MutableClock.atEpoch(),
                        StatusMapRoots.empty());
    }

    static Stream<Arguments> crashPoints() {
        return IntStream.rangeClosed(1, CLEAN.writes()).boxed()
                .flatMap(n -> Stream.of(Arguments.of(n, false), Arguments.of(n, true)));
    }

    @ParameterizedTest(name = "crash at write {0}, after it landed: {1}")
    @MethodSource("crashPoints")
    void aCrashAtAnyWriteConvergesToTheSameLogAndItsMapRootsEqualAReplay(int crashAt, boolean afterWrite) throws Exception {
        InMemoryLedgerStore ledger = ledgerWithGaps();
        LogStores durable = LogStores.inMemory();
        boolean crashed = false;
        try {
            SequencerTest.runUntilIdle(sequencer(ledger, durable, new CrashingLog(crashAt, afterWrite)), new FencingToken(1));
        } catch (CrashingLog.Crash e) {
            crashed = true;
        }
        assertThat(crashed).isTrue();

        Sequencer restarted = sequencer(ledger, durable, null);
        SequencerTest.runUntilIdle(restarted, new FencingToken(2));

        LogState state = LogInvariants.check(ledger, durable, LogFixture.signer());
        assertThat(state.fencedBy(FencingToken.NONE)).isEqualTo(CLEAN.state().fencedBy(FencingToken.NONE));
        assertThat(durable.history().since(0, 100)).containsExactlyElementsOf(CLEAN.history());
        ReplayedMapRoots replayed = ReplayedMapRoots.of(durable.leaves(), ledger, StatusMapRoots.empty(), state.treeSize());
        assertThat(replayed.mismatches()).isEmpty();
        assertThat(replayed.mapRoots()).hasSize(CLEAN.history().size());
        for (SignedCheckpoint checkpoint : CLEAN.history()) {
            assertThat(durable.leaves().entries(checkpoint.size() - 1, 1)).singleElement().isInstanceOf(LeafEntry.MapRoot.class);
        }
        assertThat(restarted.alarm()).isEmpty();
    }

    private static CleanRun cleanRun() {
        try {
            InMemoryLedgerStore ledger = ledgerWithGaps();
            LogStores stores = LogStores.inMemory();
            CrashingLog counting = new CrashingLog(Integer.MAX_VALUE, false);
            SequencerTest.runUntilIdle(sequencer(ledger, stores, counting), new FencingToken(1));
            return new CleanRun(counting.writes(), stores.state().load().orElseThrow(), stores.history().since(0, 100));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.trazo.append.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.InMemoryLedgerStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Two sequencers that both believe they lead (a pause past the lease, a network split) never commit two
 * histories: the lease hands out increasing tokens, every state write is fenced by them, and only one
 * compare-and-set from a state wins.
 */
class SequencerFencingTest {

    private static final Duration TTL = Duration.ofSeconds(10);
    private static final SequencerPolicy POLICY = new SequencerPolicy(2, Duration.ZERO);

    private final MutableClock clock = MutableClock.atEpoch();
    private final LogStores stores = LogStores.inMemory();
    private final LeaderLease lease = new InMemoryLeaderLease(clock);

    @Test
    void aLeaderPausedPastItsLeaseCannotCommitOnceItsSuccessorHasClaimedTheLog() throws Exception {
        InMemoryLedgerStore ledger = LogFixture.journeyLedger();
        Sequencer a = new Sequencer(ledger, stores, LogFixture.signer(), POLICY, clock);
        Sequencer b = new Sequencer(ledger, stores, LogFixture.signer(), POLICY, clock);
        Lease leaseA = lease.acquire("a", TTL).orElseThrow();
        assertThat(a.integrate(leaseA.token())).isInstanceOf(Integration.Committed.class);

        clock.advance(TTL);
        Lease leaseB = lease.acquire("b", TTL).orElseThrow();
        assertThat(b.integrate(leaseB.token())).isInstanceOf(Integration.Committed.class);
        LogState afterB = stores.state().load().orElseThrow();

        assertThat(a.integrate(leaseA.token())).isEqualTo(new Integration.Superseded(StateWrite.FENCED));
        assertThat(stores.state().load()).contains(afterB);
        assertThat(lease.renew(leaseA, TTL)).isEmpty();
    }

    @Test
    void aLeaderPausedJustBeforeItsCommitLosesAndItsSuccessorsLogIsIntact() throws Exception {
        InMemoryLedgerStore ledger = LogFixture.journeyLedger();
        Sequencer b = new Sequencer(ledger, stores, LogFixture.signer(), POLICY, clock);
        AtomicBoolean paused = new AtomicBoolean();
        LogStateStore pausing = new LogStateStore() {
            @Override
            public Optional<LogState> load() {
                return stores.state().load();
            }

            @Override
            public StateWrite compareAndSet(Optional<LogState> expected, LogState next) {
                if (next.treeSize() > 0 && paused.compareAndSet(false, true)) {
                    try {
                        SequencerTest.runUntilIdle(b, new FencingToken(2));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
                return stores.state().compareAndSet(expected, next);
            }
        };
        LogStores seenByA = new LogStores(stores.tiles(), pausing, stores.history(), stores.leaves());
        Sequencer a = new Sequencer(ledger, seenByA, LogFixture.signer(), POLICY, clock);

        assertThat(a.integrate(new FencingToken(1))).isInstanceOf(Integration.Superseded.class);
        assertThat(a.integrate(new FencingToken(1))).isEqualTo(new Integration.Superseded(StateWrite.FENCED));
        LogState state = LogInvariants.check(ledger, stores, LogFixture.signer());
        assertThat(state.treeSize()).isEqualTo(LogFixture.JOURNEY.size());
        assertThat(state.writer()).isEqualTo(new FencingToken(2));
        assertThat(a.alarm()).isEmpty();
        assertThat(b.alarm()).isEmpty();
    }

    @RepeatedTest(10)
    void twoSequencersRacingWhileRecordsArriveNeverAssignOneIndexTwice() throws Exception {
        InMemoryLedgerStore ledger = new InMemoryLedgerStore();
        List<byte[]> journey = LogFixture.JOURNEY;
        Sequencer a = new Sequencer(ledger, stores, LogFixture.signer(), POLICY, clock);
        Sequencer b = new Sequencer(ledger, stores, LogFixture.signer(), POLICY, clock);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicBoolean done = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(2);
        try {
            Future<?> runA = pool.submit(() -> loop(a, new FencingToken(1), done, started));
            Future<?> runB = pool.submit(() -> loop(b, new FencingToken(2), done, started));
            started.await(5, TimeUnit.SECONDS);
            for (byte[] wire : journey) {
                LogFixture.append(ledger, List.of(wire));
                if (wire.length % 3 == 0) {
                    ledger.nextPosition();
                }
            }
            done.set(true);
            runA.get(30, TimeUnit.SECONDS);
            runB.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        SequencerTest.runUntilIdle(b, new FencingToken(2));
        assertThat(a.alarm()).isEmpty();
        assertThat(b.alarm()).isEmpty();
        LogState state = LogInvariants.check(ledger, stores, LogFixture.signer());
        assertThat(state.treeSize()).isEqualTo(journey.size());
    }

    private static Void loop(Sequencer sequencer, FencingToken token, AtomicBoolean done, CountDownLatch started)
            throws Exception {
        started.countDown();
        while (!done.get()) {
            sequencer.integrate(token);
        }
        return null;
    }
}

package io.trazo.query.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.Integration;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.MutableClock;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.log.LeafIndexReader;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.query.warmup.WarmUp;
import io.trazo.query.warmup.WarmingUpException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The status map replayed in the background: a bundle's request meanwhile waits its bound and is told to
 * come back, and once warm a request at the warmed tree size reads no leaf again. The leaf index's reads
 * are held at a gate, so "meanwhile" is a state, not a race against a clock.
 */
class StatusMapWarmUpTest {

    @Test
    void aRequestDuringTheReplayIsToldToComeBackAndAfterItReadsNoLeafAgain() throws Exception {
        InMemoryLedgerStore ledger = JourneyLedger.inMemory();
        LogStores log = LogStores.inMemory();
        Sequencer sequencer = new Sequencer(ledger, log, LogFixture.signer(), new SequencerPolicy(1000, Duration.ZERO), MutableClock.atEpoch());
        while (sequencer.integrate(new FencingToken(1)) instanceof Integration.Committed) {
            // next batch
        }
        long size = log.history().latest().orElseThrow().size();
        Gated leaves = new Gated(log.leaves());
        StatusMapSnapshots snapshots = new StatusMapSnapshots(leaves, ledger);
        snapshots.boundRequestWait(Duration.ofMillis(100));

        CompletableFuture<Void> warming = CompletableFuture.runAsync(() -> snapshots.warmUp(size));
        assertThat(leaves.entered.await(30, TimeUnit.SECONDS)).as("the replay reads the leaf index").isTrue();
        assertThat(snapshots.warmUpState().state()).isEqualTo(WarmUp.State.WARMING);
        assertThatThrownBy(() -> snapshots.at(size)).isInstanceOfSatisfying(WarmingUpException.class, e -> {
            assertThat(e.catchUp()).isEqualTo("status map");
            assertThat(e.target()).isEqualTo(size);
        });

        leaves.gate.countDown();
        warming.get(60, TimeUnit.SECONDS);
        assertThat(snapshots.warmUpState().state()).isEqualTo(WarmUp.State.READY);
        assertThat(snapshots.warmUpState().progress()).isEqualTo(size);
        int read = leaves.pages.get();
        assertThat(snapshots.at(size)).isNotInstanceOf(StatusMapSnapshots.Snapshot.Disagrees.class);
        assertThat(leaves.pages.get()).as("no leaf read again on the request path").isEqualTo(read);
    }

    /** The in-memory leaf index, whose page reads wait at a gate until the test opens it. */
    private static final class Gated implements LeafIndexReader {

        final CountDownLatch gate = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);
        final AtomicInteger pages = new AtomicInteger();
        private final LeafIndexReader leaves;

        Gated(LeafIndexReader leaves) {
            this.leaves = leaves;
        }

        @Override
        public List<LeafEntry> entries(long from, int count) {
            pages.incrementAndGet();
            entered.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return leaves.entries(from, count);
        }

        @Override
        public Optional<Long> indexOf(Digest record) {
            return leaves.indexOf(record);
        }

        @Override
        public Optional<Digest> recordAt(long leafIndex) {
            return leaves.recordAt(leafIndex);
        }
    }
}

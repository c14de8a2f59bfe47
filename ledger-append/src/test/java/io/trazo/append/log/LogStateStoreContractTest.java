package io.trazo.append.log;

import io.trazo.ledger.log.SignedCheckpoint;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHasher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The {@link LogStateStore} contract, once for every adapter: extend and supply a fresh, empty store. */
public abstract class LogStateStoreContractTest {

    protected abstract LogStateStore newStore();

    static LogState state(long size, long position, long token) {
        TreeHash root = size == 0 ? TreeHasher.emptyRoot() : TreeHasher.leafHash(new byte[] {(byte) size});
        Optional<SignedCheckpoint> checkpoint = size == 0 ? Optional.empty()
                : Optional.of(new SignedCheckpoint(size, "log\n" + size + "\n" + root.toBase64() + "\n\n\u2014 log sig\n"));
        return new LogState(size, root, position, new FencingToken(token), checkpoint);
    }

    @Test
    void aFreshStoreHoldsNoState() {
        assertThat(newStore().load()).isEmpty();
    }

    @Test
    void theFirstStateIsWrittenOnlyWhenNoneIsExpected() {
        LogStateStore store = newStore();
        assertThat(store.compareAndSet(Optional.of(state(0, 0, 1)), state(1, 1, 1))).isEqualTo(StateWrite.STALE);
        assertThat(store.compareAndSet(Optional.empty(), state(0, 0, 1))).isEqualTo(StateWrite.WRITTEN);
        assertThat(store.load()).contains(state(0, 0, 1));
        assertThat(store.compareAndSet(Optional.empty(), state(0, 0, 1))).isEqualTo(StateWrite.STALE);
    }

    @Test
    void aWriteFromTheStoredStateReplacesItWithEveryComponent() {
        LogStateStore store = newStore();
        store.compareAndSet(Optional.empty(), state(0, 0, 1));
        assertThat(store.compareAndSet(Optional.of(state(0, 0, 1)), state(3, 5, 1))).isEqualTo(StateWrite.WRITTEN);
        assertThat(store.load()).contains(state(3, 5, 1));
    }

    @Test
    void aWriteFromAStaleStateChangesNothing() {
        LogStateStore store = newStore();
        store.compareAndSet(Optional.empty(), state(0, 0, 1));
        store.compareAndSet(Optional.of(state(0, 0, 1)), state(3, 5, 1));
        assertThat(store.compareAndSet(Optional.of(state(0, 0, 1)), state(4, 6, 1))).isEqualTo(StateWrite.STALE);
        assertThat(store.compareAndSet(Optional.of(state(3, 4, 1)), state(4, 6, 1))).isEqualTo(StateWrite.STALE);
        assertThat(store.load()).contains(state(3, 5, 1));
    }

    @Test
    void aWriterWithALowerTokenIsFencedEvenFromTheStoredState() {
        LogStateStore store = newStore();
        store.compareAndSet(Optional.empty(), state(2, 2, 7));
        assertThat(store.compareAndSet(Optional.of(state(2, 2, 7)), state(3, 3, 6))).isEqualTo(StateWrite.FENCED);
        assertThat(store.load()).contains(state(2, 2, 7));
    }

    @Test
    void aNewerLeaderClaimsTheStateAndTheOldOneCanNoLongerCommit() {
        LogStateStore store = newStore();
        store.compareAndSet(Optional.empty(), state(2, 2, 1));
        assertThat(store.compareAndSet(Optional.of(state(2, 2, 1)), state(2, 2, 2))).isEqualTo(StateWrite.WRITTEN);
        assertThat(store.compareAndSet(Optional.of(state(2, 2, 1)), state(3, 3, 1))).isIn(StateWrite.FENCED, StateWrite.STALE);
        assertThat(store.load()).contains(state(2, 2, 2));
    }

    @RepeatedTest(5)
    void ofManyConcurrentWritersFromTheSameStateExactlyOneWins() throws Exception {
        LogStateStore store = newStore();
        store.compareAndSet(Optional.empty(), state(0, 0, 1));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<StateWrite>> writes = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                long size = i;
                writes.add(pool.submit(() -> store.compareAndSet(Optional.of(state(0, 0, 1)), state(size, size, 1))));
            }
            int won = 0;
            for (Future<StateWrite> w : writes) {
                won += w.get() == StateWrite.WRITTEN ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}

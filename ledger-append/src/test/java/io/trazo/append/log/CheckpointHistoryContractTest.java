package io.trazo.append.log;

import io.trazo.ledger.log.SignedCheckpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The {@link CheckpointHistory} contract, once for every adapter: extend and supply a fresh, empty history. */
public abstract class CheckpointHistoryContractTest {

    protected abstract CheckpointHistory newHistory();

    static SignedCheckpoint checkpoint(long size, String variant) {
        return new SignedCheckpoint(size, "log\n" + size + "\n" + variant + "\n\n\u2014 log sig\n");
    }

    @Test
    void anEmptyHistoryHasNoLatestCheckpoint() {
        CheckpointHistory history = newHistory();
        assertThat(history.latest()).isEmpty();
        assertThat(history.since(0, 10)).isEmpty();
    }

    @Test
    void aStoredCheckpointIsReadBackByItsSize() {
        CheckpointHistory history = newHistory();
        assertThat(history.append(checkpoint(5, "a"))).isEqualTo(LogWrite.STORED);
        assertThat(history.at(5)).contains(checkpoint(5, "a"));
        assertThat(history.at(4)).isEmpty();
    }

    @Test
    void appendingTheSameCheckpointAgainIsAlreadyStored() {
        CheckpointHistory history = newHistory();
        history.append(checkpoint(5, "a"));
        assertThat(history.append(checkpoint(5, "a"))).isEqualTo(LogWrite.ALREADY_STORED);
    }

    @Test
    void aDifferentNoteForAStoredSizeIsAConflictAndTheFirstStays() {
        CheckpointHistory history = newHistory();
        history.append(checkpoint(5, "a"));
        assertThatThrownBy(() -> history.append(checkpoint(5, "b")))
                .isInstanceOf(LogConflictException.class)
                .hasMessageContaining("checkpoint of size 5");
        assertThat(history.at(5)).contains(checkpoint(5, "a"));
    }

    @Test
    void latestIsTheLargestSizeEvenWhenASmallerOneArrivesLater() {
        CheckpointHistory history = newHistory();
        history.append(checkpoint(3, "a"));
        history.append(checkpoint(9, "a"));
        history.append(checkpoint(6, "a"));
        assertThat(history.latest()).contains(checkpoint(9, "a"));
    }

    @Test
    void sinceListsAscendingFromTheGivenSizeUpToTheLimit() {
        CheckpointHistory history = newHistory();
        for (long size : new long[] {8, 1, 4, 2, 16}) {
            history.append(checkpoint(size, "a"));
        }
        assertThat(history.since(2, 3)).extracting(SignedCheckpoint::size).containsExactly(2L, 4L, 8L);
        assertThat(history.since(5, 10)).extracting(SignedCheckpoint::size).containsExactly(8L, 16L);
    }
}

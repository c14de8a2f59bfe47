package io.trazo.append.witness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link CosignatureStore} contract, for every adapter. */
public abstract class CosignatureStoreContractTest {

    private static final String A = "w.test/a+00000001+BA==";
    private static final String B = "w.test/b+00000002+BA==";

    protected CosignatureStore store;

    protected abstract CosignatureStore newStore();

    @BeforeEach
    void open() {
        store = newStore();
    }

    @Test
    void linesAreKeptPerSizeAndWitnessAndTheFirstLineForAPairWins() {
        assertThat(store.record(3, A, "\u2014 a one")).isTrue();
        assertThat(store.record(3, B, "\u2014 b one")).isTrue();
        assertThat(store.record(3, A, "\u2014 a other")).isFalse();
        assertThat(store.record(3, A, "\u2014 a one")).isFalse();
        assertThat(store.at(3)).containsExactlyInAnyOrder("\u2014 a one", "\u2014 b one");
        assertThat(store.at(4)).isEmpty();
    }

    @Test
    void theLatestSizeIsTheLargestRecordedForThatWitnessOnly() {
        assertThat(store.latestSize(A)).isZero();
        store.record(3, A, "\u2014 a 3");
        store.record(9, A, "\u2014 a 9");
        store.record(6, A, "\u2014 a 6");
        store.record(12, B, "\u2014 b 12");
        assertThat(store.latestSize(A)).isEqualTo(9);
        assertThat(store.latestSize(B)).isEqualTo(12);
    }
}

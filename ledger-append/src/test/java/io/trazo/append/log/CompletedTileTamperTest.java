package io.trazo.append.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.append.InMemoryLedgerStore;
import io.trazo.ledger.log.SignedCheckpoint;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A byte flipped in a full tile below the right edge: no root the sequencer computes reads that tile,
 * yet every proof served from it would fail. Detected by the sequencer's check ({@link CompletedTiles}),
 * live and after a restart; nothing more is signed.
 */
class CompletedTileTamperTest {

    private static final FencingToken TOKEN = new FencingToken(1);
    private static final List<byte[]> RECORDS = Harvests.afterTheJourney(600);
    private static final int FIRST = 560;

    private final InMemoryLedgerStore ledger = new InMemoryLedgerStore();
    private final TamperableTileStore tiles = new TamperableTileStore();
    private final LogStores stores = new LogStores(tiles, new InMemoryLogStateStore(), new InMemoryCheckpointHistory(),
            new InMemoryLeafIndex());
    private Sequencer sequencer;

    @BeforeEach
    void integrateTwoFullTilesAndMore() throws Exception {
        LogFixture.append(ledger, RECORDS.subList(0, FIRST));
        sequencer = newSequencer();
        SequencerTest.runUntilIdle(sequencer, TOKEN);
        assertThat(stores.history().latest().orElseThrow().size()).isEqualTo(FIRST);
        LogFixture.append(ledger, RECORDS.subList(FIRST, RECORDS.size()));
    }

    private Sequencer newSequencer() {
        return new Sequencer(ledger, stores, LogFixture.signer(), new SequencerPolicy(64, Duration.ZERO), MutableClock.atEpoch());
    }

    @Test
    void aFlippedByteInAFullTileStopsTheRunningSequencer() {
        tiles.flipByte(0, 1, 200);
        assertRefuses(sequencer);
    }

    @Test
    void aFlippedByteInAFullTileStopsASequencerAfterARestart() {
        tiles.flipByte(0, 0, 31);
        assertRefuses(newSequencer());
    }

    @Test
    void anUntamperedStoreKeepsSigning() throws Exception {
        SequencerTest.runUntilIdle(newSequencer(), TOKEN);
        assertThat(stores.history().latest().orElseThrow().size()).isEqualTo(RECORDS.size());
    }

    private void assertRefuses(Sequencer s) {
        List<SignedCheckpoint> before = stores.history().since(0, 1000);
        assertThatThrownBy(() -> s.integrate(TOKEN)).isInstanceOfSatisfying(LogIntegrityException.class, e -> {
            assertThat(e.reason()).isEqualTo(LogIntegrityException.Reason.COMPLETED_TILE_ALTERED);
            assertThat(e.getMessage()).contains("full tile 0/");
        });
        assertThat(s.alarm()).isPresent();
        assertThat(stores.history().since(0, 1000)).isEqualTo(before);
    }
}

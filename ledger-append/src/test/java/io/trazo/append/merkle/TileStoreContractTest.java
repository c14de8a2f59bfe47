package io.trazo.append.merkle;

import io.trazo.ledger.merkle.Tile;
import io.trazo.ledger.merkle.TileConflictException;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHasher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The {@link TileStore} contract, once for every adapter: extend this class and supply a fresh, empty
 * store (model: Axon's {@code StorageEngineTestSuite}, Trillian's {@code integration/storagetest}).
 */
public abstract class TileStoreContractTest {

    /** A new store holding no tiles. */
    protected abstract TileStore newStore();

    static Tile tile(int level, long index, int width, int seed) {
        byte[] body = new byte[width * TreeHash.LENGTH];
        for (int i = 0; i < width; i++) {
            TreeHasher.leafHash(new byte[] {(byte) seed, (byte) i, (byte) (i >> 8)}).copyTo(body, i * TreeHash.LENGTH);
        }
        return Tile.of(level, index, body);
    }

    @Test
    void aStoredTileIsReadBackWhole() {
        TileStore store = newStore();
        Tile tile = tile(0, 3, 17, 1);
        assertThat(store.write(tile)).isEqualTo(TileWriteOutcome.STORED);
        assertThat(store.read(0, 3, 17)).contains(tile);
        assertThat(store.read(0, 3, 1)).get().satisfies(t -> assertThat(t.prefix(17)).isEqualTo(tile));
    }

    @Test
    void writingTheSameTileAgainIsAlreadyStoredAndChangesNothing() {
        TileStore store = newStore();
        Tile tile = tile(1, 0, 256, 1);
        store.write(tile);
        assertThat(store.write(tile(1, 0, 256, 1))).isEqualTo(TileWriteOutcome.ALREADY_STORED);
        assertThat(store.read(1, 0, 256)).contains(tile);
    }

    @Test
    void aDifferentTileAtTheSamePositionAndWidthIsAConflictAndTheFirstWriterWins() {
        TileStore store = newStore();
        Tile first = tile(0, 0, 5, 1);
        store.write(first);
        assertThatThrownBy(() -> store.write(tile(0, 0, 5, 2)))
                .isInstanceOf(TileConflictException.class)
                .satisfies(e -> assertThat(((TileConflictException) e).isRetryable()).isFalse())
                .hasMessageContaining("hash 0 stored " + first.hash(0).toHex());
        assertThat(store.read(0, 0, 5)).contains(first);
    }

    @Test
    void aReadNeverReturnsANarrowerTile() {
        TileStore store = newStore();
        store.write(tile(0, 0, 5, 1));
        assertThat(store.read(0, 0, 6)).isEmpty();
        assertThat(store.read(0, 1, 1)).isEmpty();
        assertThat(store.read(1, 0, 1)).isEmpty();
    }

    @Test
    void aWiderTileServesReadsForNarrowerWidths() {
        TileStore store = newStore();
        store.write(tile(0, 0, 5, 1));
        store.write(tile(0, 0, 200, 1));
        Tile read = store.read(0, 0, 100).orElseThrow();
        assertThat(read.width()).isGreaterThanOrEqualTo(100);
        assertThat(read.prefix(100)).isEqualTo(tile(0, 0, 100, 1));
    }

    @RepeatedTest(5)
    void concurrentIdenticalWritesStoreOnceAndReportTheRestAsAlreadyStored() throws Exception {
        TileStore store = newStore();
        Tile tile = tile(0, 7, 256, 3);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<TileWriteOutcome>> writes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                writes.add(() -> store.write(tile));
            }
            List<TileWriteOutcome> outcomes = new ArrayList<>();
            for (Future<TileWriteOutcome> outcome : pool.invokeAll(writes)) {
                outcomes.add(outcome.get());
            }
            assertThat(outcomes).containsOnlyOnce(TileWriteOutcome.STORED);
            assertThat(outcomes).filteredOn(o -> o == TileWriteOutcome.ALREADY_STORED).hasSize(7);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBatchOfFullTilesAnswersAsEachFullTileAlone() {
        TileStore store = newStore();
        Tile full = tile(1, 4, 256, 1);
        store.write(full);
        store.write(tile(1, 5, 17, 1));
        assertThat(store.readFull(1, java.util.List.of(4L, 5L, 6L))).containsExactly(full);
        assertThat(store.readFull(0, java.util.List.of(4L))).isEmpty();
    }
}

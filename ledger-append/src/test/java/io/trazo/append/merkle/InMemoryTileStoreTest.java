package io.trazo.append.merkle;

import io.trazo.ledger.merkle.TileConflictException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InMemoryTileStoreTest extends TileStoreContractTest {

    @Override
    protected TileStore newStore() {
        return new InMemoryTileStore();
    }

    @Test
    void aPartialTileThatIsNotAPrefixOfTheStoredFullTileIsAConflict() {
        TileStore store = newStore();
        store.write(tile(0, 0, 256, 1));
        assertThatThrownBy(() -> store.write(tile(0, 0, 9, 2))).isInstanceOf(TileConflictException.class);
    }

    @Test
    void aWiderTileThatDoesNotExtendTheStoredPartialTileIsAConflict() {
        TileStore store = newStore();
        store.write(tile(0, 0, 9, 1));
        assertThatThrownBy(() -> store.write(tile(0, 0, 256, 2))).isInstanceOf(TileConflictException.class);
    }
}

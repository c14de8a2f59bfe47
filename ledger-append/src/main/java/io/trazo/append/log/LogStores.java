package io.trazo.append.log;

import io.trazo.append.merkle.InMemoryTileStore;
import io.trazo.append.merkle.TileStore;
import java.util.Objects;

/** The four stores one log lives in; each is a port with its own contract. */
public record LogStores(TileStore tiles, LogStateStore state, CheckpointHistory history, LeafIndex leaves) {

    public LogStores {
        Objects.requireNonNull(tiles, "tiles");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(leaves, "leaves");
    }

    public static LogStores inMemory() {
        return new LogStores(new InMemoryTileStore(), new InMemoryLogStateStore(), new InMemoryCheckpointHistory(),
                new InMemoryLeafIndex());
    }
}

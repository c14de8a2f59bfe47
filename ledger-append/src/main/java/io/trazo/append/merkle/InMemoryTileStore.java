package io.trazo.append.merkle;

import io.trazo.ledger.merkle.Tile;
import io.trazo.ledger.merkle.TileConflictException;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link TileStore} in process memory, for tests and for rebuilding a tree transiently. It keeps
 * every width it is given and enforces the prefix rule of contract item 3 against all of them.
 */
public final class InMemoryTileStore implements TileStore {

    private record Position(int level, long index) {}

    private final Map<Position, NavigableMap<Integer, Tile>> tiles = new HashMap<>();

    @Override
    public synchronized TileWriteOutcome write(Tile tile) {
        NavigableMap<Integer, Tile> widths = tiles.computeIfAbsent(new Position(tile.level(), tile.index()),
                position -> new TreeMap<>());
        Tile same = widths.get(tile.width());
        if (same != null) {
            if (same.equals(tile)) {
                return TileWriteOutcome.ALREADY_STORED;
            }
            throw TileConflictException.differentHashes(same, tile);
        }
        Map.Entry<Integer, Tile> narrower = widths.lowerEntry(tile.width());
        if (narrower != null && !tile.prefix(narrower.getKey()).equals(narrower.getValue())) {
            throw TileConflictException.differentHashes(narrower.getValue(), tile);
        }
        Map.Entry<Integer, Tile> wider = widths.higherEntry(tile.width());
        if (wider != null && !wider.getValue().prefix(tile.width()).equals(tile)) {
            throw TileConflictException.differentHashes(wider.getValue(), tile);
        }
        widths.put(tile.width(), tile);
        return TileWriteOutcome.STORED;
    }

    @Override
    public synchronized Optional<Tile> read(int level, long index, int minWidth) {
        NavigableMap<Integer, Tile> widths = tiles.get(new Position(level, index));
        if (widths == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(widths.lastEntry())
                .filter(widest -> widest.getKey() >= minWidth)
                .map(Map.Entry::getValue);
    }

    /** How many tiles (of all widths) are stored. */
    public synchronized int tileCount() {
        return tiles.values().stream().mapToInt(Map::size).sum();
    }
}

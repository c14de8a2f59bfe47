package io.trazo.append.log;

import io.trazo.append.merkle.InMemoryTileStore;
import io.trazo.ledger.merkle.Tile;
import io.trazo.append.merkle.TileStore;
import io.trazo.append.merkle.TileWriteOutcome;
import io.trazo.ledger.merkle.TreeHash;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A tile store an attacker with database access can rewrite behind the log's back. */
final class TamperableTileStore implements TileStore {

    private final InMemoryTileStore honest = new InMemoryTileStore();
    private final Map<String, Tile> forged = new HashMap<>();

    @Override
    public TileWriteOutcome write(Tile tile) {
        Tile replaced = forged.get(tile.level() + "/" + tile.index());
        if (replaced != null && replaced.width() >= tile.width()) {
            return replaced.prefix(tile.width()).equals(tile) ? TileWriteOutcome.ALREADY_STORED : conflict(replaced, tile);
        }
        return honest.write(tile);
    }

    private static TileWriteOutcome conflict(Tile stored, Tile offered) {
        throw io.trazo.ledger.merkle.TileConflictException.differentHashes(stored, offered);
    }

    @Override
    public Optional<Tile> read(int level, long index, int minWidth) {
        Tile replaced = forged.get(level + "/" + index);
        if (replaced != null && replaced.width() >= minWidth) {
            return Optional.of(replaced);
        }
        return honest.read(level, index, minWidth);
    }

    /** Overwrites hash {@code position} of the widest stored tile at (level, index). */
    void replaceHash(int level, long index, int position, TreeHash hash) {
        Tile tile = read(level, index, 1).orElseThrow();
        byte[] body = tile.toBytes();
        hash.copyTo(body, position * TreeHash.LENGTH);
        forged.put(level + "/" + index, Tile.of(level, index, body));
    }

    /** Flips one bit of byte {@code offset} of the widest stored tile at (level, index). */
    void flipByte(int level, long index, int offset) {
        Tile tile = read(level, index, 1).orElseThrow();
        byte[] body = tile.toBytes();
        body[offset] ^= 0x01;
        forged.put(level + "/" + index, Tile.of(level, index, body));
    }

    /** Swaps hashes {@code i} and {@code j} of the widest stored tile at (level, index). */
    void swapHashes(int level, long index, int i, int j) {
        Tile tile = read(level, index, 1).orElseThrow();
        TreeHash a = tile.hash(i);
        TreeHash b = tile.hash(j);
        replaceHash(level, index, i, b);
        replaceHash(level, index, j, a);
    }
}

package io.trazo.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TileTest {

    @Test
    void pathsFollowTheTlogTilesIndexEncoding() {
        assertThat(tile(0, 0, 256, 1).path()).isEqualTo("tile/0/000");
        assertThat(tile(0, 0, 15, 1).path()).isEqualTo("tile/0/000.p/15");
        assertThat(tile(1, 1234067, 3, 1).path()).isEqualTo("tile/1/x001/x234/067.p/3");
        assertThat(Tile.encodeIndex(1000)).isEqualTo("x001/000");
    }

    @Test
    void aTileBodyIsOneToTwoHundredFiftySixWholeHashes() {
        assertThatThrownBy(() -> Tile.of(0, 0, new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tile.of(0, 0, new byte[33])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tile.of(0, 0, new byte[257 * 32])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tile.of(8, 0, new byte[32])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tile.of(0, -1, new byte[32])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storageKeysNameEveryQualifyingWidthWidestFirst() {
        assertThat(Tile.storageKey(2, 1234, 17)).isEqualTo("2/1234/17");
        assertThat(Tile.storageKeysFrom(0, 5, 253)).containsExactly("0/5/256", "0/5/255", "0/5/254", "0/5/253");
        assertThat(Tile.storageKeysFrom(1, 0, 0)).hasSize(Tile.FULL_WIDTH).startsWith("1/0/256").endsWith("1/0/1");
    }

    private static Tile tile(int level, long index, int width, int seed) {
        byte[] body = new byte[width * TreeHash.LENGTH];
        for (int i = 0; i < width; i++) {
            TreeHasher.leafHash(new byte[] {(byte) seed, (byte) i, (byte) (i >> 8)}).copyTo(body, i * TreeHash.LENGTH);
        }
        return Tile.of(level, index, body);
    }
}

package io.trazo.ledger.merkle;

/**
 * A tile was offered for a position already holding different hashes: two histories of the same
 * log exist (a fork). Never retryable; the first write stands.
 */
public final class TileConflictException extends MerkleLogException {

    private final int level;
    private final long index;
    private final int width;

    private TileConflictException(int level, long index, int width, String message) {
        super(message);
        this.level = level;
        this.index = index;
        this.width = width;
    }

    public static TileConflictException differentHashes(Tile stored, Tile offered) {
        int at = 0;
        int common = Math.min(stored.width(), offered.width());
        while (at < common && stored.hash(at).equals(offered.hash(at))) {
            at++;
        }
        String detail = at < common
                ? "hash " + at + " stored " + stored.hash(at).toHex() + ", offered " + offered.hash(at).toHex()
                : "widths stored " + stored.width() + ", offered " + offered.width();
        return new TileConflictException(offered.level(), offered.index(), offered.width(),
                "tile " + offered.path() + " conflicts with stored " + stored.path() + ": " + detail);
    }

    public int level() {
        return level;
    }

    public long index() {
        return index;
    }

    public int width() {
        return width;
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}

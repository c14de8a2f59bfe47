package io.trazo.ledger.merkle;

/**
 * The store holds no tile at a position wide enough for the tree size asked about. Retryable: tiles
 * are written before the checkpoint that needs them is published, so a reader that sees this is
 * ahead of its store (replication lag) or was asked about a size the log never reached.
 */
public final class MissingTileException extends MerkleLogException {

    private final int level;
    private final long index;
    private final int minWidth;

    private MissingTileException(int level, long index, int minWidth) {
        super("no tile at level " + level + " index " + index + " with width >= " + minWidth);
        this.level = level;
        this.index = index;
        this.minWidth = minWidth;
    }

    public static MissingTileException notStored(int level, long index, int minWidth) {
        return new MissingTileException(level, index, minWidth);
    }

    public int level() {
        return level;
    }

    public long index() {
        return index;
    }

    public int minWidth() {
        return minWidth;
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}

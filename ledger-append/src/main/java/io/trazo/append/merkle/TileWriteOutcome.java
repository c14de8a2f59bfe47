package io.trazo.append.merkle;

/** The expected outcomes of {@link TileStore#write(Tile)}; a conflicting tile is an exception instead. */
public enum TileWriteOutcome {
    /** The tile was not there and is now durably stored. */
    STORED,
    /** An identical tile was already stored; nothing changed (idempotent replay). */
    ALREADY_STORED
}

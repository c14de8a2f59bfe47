package io.trazo.ledger.log;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A checkpoint as the log published it: its tree size and the exact signed-note text (C2SP
 * tlog-checkpoint in a C2SP signed-note). A note is UTF-8 without control characters other than LF, so
 * the string holds its bytes exactly; readers verify {@link #bytes()}, never a re-serialised object.
 */
public record SignedCheckpoint(long size, String note) {

    public SignedCheckpoint {
        Objects.requireNonNull(note, "note");
        if (size < 0) {
            throw new IllegalArgumentException("tree size is negative: " + size);
        }
    }

    public static SignedCheckpoint of(long size, byte[] note) {
        return new SignedCheckpoint(size, new String(note, StandardCharsets.UTF_8));
    }

    /** The note's bytes, as signed and served. */
    public byte[] bytes() {
        return note.getBytes(StandardCharsets.UTF_8);
    }
}

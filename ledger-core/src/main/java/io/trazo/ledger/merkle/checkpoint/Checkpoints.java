package io.trazo.ledger.merkle.checkpoint;

import io.trazo.ledger.merkle.note.NoteException;
import io.trazo.ledger.merkle.note.NoteSignerKey;
import io.trazo.ledger.merkle.note.NoteVerifierKey;
import io.trazo.ledger.merkle.note.SignedNote;
import io.trazo.ledger.merkle.note.SignedNotes;
import java.util.Collection;
import java.util.List;

/**
 * Signs and verifies checkpoints as signed notes (C2SP tlog-checkpoint over C2SP signed-note).
 *
 * <p>The checkpoint is parsed from the very bytes whose signature verified, never from a
 * re-serialised object. Signatures other than the log's, such as witness cosignatures, are ignored.
 */
public final class Checkpoints {

    private Checkpoints() {}

    /** A verified checkpoint and the note it came from. */
    public record Verified(Checkpoint checkpoint, SignedNote note) {}

    /** The signed note of {@code checkpoint}: its text plus one signature line by {@code logKey}. */
    public static byte[] sign(Checkpoint checkpoint, NoteSignerKey logKey) {
        return SignedNotes.sign(checkpoint.toText(), List.of(logKey));
    }

    /** The signed note of {@code checkpoint} with one signature line per key, in the order given (§17.1). */
    public static byte[] sign(Checkpoint checkpoint, List<NoteSignerKey> logKeys) {
        return SignedNotes.sign(checkpoint.toText(), logKeys);
    }

    /**
     * Verifies {@code note} with the log's key, parses it and checks its origin.
     *
     * @throws NoteException if the note is malformed or not validly signed by {@code logKey}
     * @throws CheckpointException if the body is not a strict checkpoint or is for another origin
     */
    public static Verified open(byte[] note, String expectedOrigin, NoteVerifierKey logKey)
            throws NoteException, CheckpointException {
        return open(note, expectedOrigin, List.of(logKey));
    }

    /**
     * Verifies {@code note} with any of the log's keys (a log whose key was rotated, §17.1): it must
     * carry a valid signature by at least one of them, and every signature line by one of them must be
     * valid. {@link Verified#note()} lists which keys signed.
     *
     * @throws NoteException if the note is malformed or not validly signed by one of {@code logKeys}
     * @throws CheckpointException if the body is not a strict checkpoint or is for another origin
     */
    public static Verified open(byte[] note, String expectedOrigin, Collection<NoteVerifierKey> logKeys)
            throws NoteException, CheckpointException {
        SignedNote opened = SignedNotes.open(note, logKeys);
        Checkpoint checkpoint = Checkpoint.parse(opened.text());
        if (!checkpoint.origin().equals(expectedOrigin)) {
            throw new CheckpointException(CheckpointException.Reason.ORIGIN_MISMATCH,
                    "checkpoint origin is \"" + checkpoint.origin() + "\", expected \"" + expectedOrigin + "\"");
        }
        return new Verified(checkpoint, opened);
    }
}

package io.trazo.append.log;

import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.TreeHead;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.merkle.checkpoint.Checkpoints;
import io.trazo.ledger.merkle.note.NoteSignerKey;
import io.trazo.ledger.merkle.note.NoteVerifierKey;
import java.util.Objects;

/**
 * The log's identity and its signing key: the origin line of every checkpoint and the Ed25519 key that
 * signs them (C2SP tlog-checkpoint, C2SP signed-note).
 *
 * <p>Trust boundary: this object exists only in the sequencer, on the ingest side. Whoever holds it
 * can sign any tree; readers and the query service hold only {@link #verifierKey()}. Checkpoints carry
 * no extension lines, so a note is a pure function of (origin, size, root, key): a sequencer that
 * re-signs a tree after a crash produces byte-identical notes, which is what makes publishing
 * idempotent. {@link #toString()} never shows the key.
 */
public final class LogSigner {

    private final String origin;
    private final NoteSignerKey key;

    public LogSigner(String origin, NoteSignerKey key) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.key = Objects.requireNonNull(key, "key");
        if (origin.isEmpty() || origin.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("an origin is one non-empty line");
        }
    }

    public String origin() {
        return origin;
    }

    public NoteVerifierKey verifierKey() {
        return key.verifierKey();
    }

    public SignedCheckpoint sign(TreeHead head) {
        return SignedCheckpoint.of(head.size(), Checkpoints.sign(Checkpoint.of(origin, head), key));
    }

    @Override
    public String toString() {
        return "LogSigner[" + origin + ", " + key.verifierKey().encode() + "]";
    }
}

package io.trazo.append.log;

import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.TreeHead;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.merkle.checkpoint.Checkpoints;
import io.trazo.ledger.merkle.note.NoteSignerKey;
import io.trazo.ledger.merkle.note.NoteVerifierKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The log's identity and its signing key: the origin line of every checkpoint and the Ed25519 key that
 * signs them (C2SP tlog-checkpoint, C2SP signed-note).
 *
 * <p>Trust boundary: this object exists only in the sequencer, on the ingest side. Whoever holds it
 * can sign any tree; readers and the query service hold only {@link #verifierKey()}. Checkpoints carry
 * no extension lines, so a note is a pure function of (origin, size, root, key): a sequencer that
 * re-signs a tree after a crash produces byte-identical notes, which is what makes publishing
 * idempotent. {@link #toString()} never shows the key.
 *
 * <p>During a key rotation (protocol §17.1) it also holds the previous key: it then accepts checkpoints
 * signed by either key and signs with both, the new key's line first, so that the first checkpoint
 * after the switch links the two keys and a re-signed note stays byte-identical.
 */
public final class LogSigner {

    private final String origin;
    private final NoteSignerKey key;
    private final Optional<NoteSignerKey> previous;

    public LogSigner(String origin, NoteSignerKey key) {
        this(origin, key, Optional.empty());
    }

    private LogSigner(String origin, NoteSignerKey key, Optional<NoteSignerKey> previous) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.key = Objects.requireNonNull(key, "key");
        this.previous = previous;
        if (origin.isEmpty() || origin.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("an origin is one non-empty line");
        }
        if (previous.isPresent() && previous.get().verifierKey().equals(key.verifierKey())) {
            throw new IllegalArgumentException("the previous log key is the new key; a rotation needs a new key");
        }
    }

    /** This signer during a rotation away from {@code previousKey} (protocol §17.1). */
    public LogSigner rotatingFrom(NoteSignerKey previousKey) {
        return new LogSigner(origin, key, Optional.of(previousKey));
    }

    public String origin() {
        return origin;
    }

    public NoteVerifierKey verifierKey() {
        return key.verifierKey();
    }

    /** The keys whose checkpoints this signer accepts: its own, then the previous one during a rotation. */
    public List<NoteVerifierKey> verifierKeys() {
        return previous.isEmpty() ? List.of(key.verifierKey()) : List.of(key.verifierKey(), previous.get().verifierKey());
    }

    public SignedCheckpoint sign(TreeHead head) {
        List<NoteSignerKey> keys = previous.isEmpty() ? List.of(key) : List.of(key, previous.get());
        return SignedCheckpoint.of(head.size(), Checkpoints.sign(Checkpoint.of(origin, head), keys));
    }

    @Override
    public String toString() {
        return "LogSigner[" + origin + ", " + key.verifierKey().encode()
                + previous.map(p -> ", rotating from " + p.verifierKey().encode()).orElse("") + "]";
    }
}

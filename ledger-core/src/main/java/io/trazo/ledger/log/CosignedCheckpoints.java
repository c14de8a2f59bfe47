package io.trazo.ledger.log;

import io.trazo.ledger.merkle.note.SignedNotes;
import java.util.List;
import java.util.Optional;

/**
 * The log's checkpoints as the read side serves them (protocol §19.4): each note with the stored
 * witness cosignature lines appended after the log's own signature line, the usual C2SP form. Verifiers
 * that do not know a witness ignore its line, so every §17 check is unchanged, and bundles exported
 * from these notes carry their cosignatures in {@code log.checkpoint}.
 */
public final class CosignedCheckpoints implements CheckpointReader {

    private final CheckpointReader checkpoints;
    private final CosignatureReader cosignatures;

    public CosignedCheckpoints(CheckpointReader checkpoints, CosignatureReader cosignatures) {
        this.checkpoints = checkpoints;
        this.cosignatures = cosignatures;
    }

    @Override
    public Optional<SignedCheckpoint> at(long size) {
        return checkpoints.at(size).map(this::cosigned);
    }

    @Override
    public Optional<SignedCheckpoint> latest() {
        return checkpoints.latest().map(this::cosigned);
    }

    @Override
    public List<SignedCheckpoint> since(long fromSize, int limit) {
        return checkpoints.since(fromSize, limit).stream().map(this::cosigned).toList();
    }

    private SignedCheckpoint cosigned(SignedCheckpoint checkpoint) {
        List<String> lines = cosignatures.at(checkpoint.size());
        if (lines.isEmpty()) {
            return checkpoint;
        }
        int room = SignedNotes.MAX_SIGNATURES - (int) checkpoint.note().lines().filter(l -> l.startsWith("\u2014 ")).count();
        StringBuilder note = new StringBuilder(checkpoint.note());
        lines.stream().limit(Math.max(0, room)).forEach(line -> note.append(line).append('\n'));
        return new SignedCheckpoint(checkpoint.size(), note.toString());
    }
}

package io.trazo.witness;

import io.trazo.ledger.merkle.InvalidProofException;
import io.trazo.ledger.merkle.ProofVerifier;
import io.trazo.ledger.merkle.checkpoint.AddCheckpointRequest;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.merkle.checkpoint.CheckpointException;
import io.trazo.ledger.merkle.note.Cosignature;
import io.trazo.ledger.merkle.note.CosignerSignerKey;
import io.trazo.ledger.merkle.note.NoteException;
import io.trazo.ledger.merkle.note.NoteVerifierKey;
import io.trazo.ledger.merkle.note.SignedNote;
import io.trazo.ledger.merkle.note.SignedNotes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The checks of C2SP tlog-witness {@code add-checkpoint}, in its order (protocol §19.3). The check of
 * the old size and the write of the new note are one step under a per-origin lock, so two concurrent
 * requests can never roll the held size back (the race the spec describes).
 *
 * <p>Trust boundary: the cosigner key lives only here. The log's keys are public configuration.
 */
final class Witness {

    private static final Logger LOG = Logger.getLogger(Witness.class.getName());

    /** What an accepted request returns; refusals are {@link WitnessException}s. */
    sealed interface Outcome {
        record Cosigned(Cosignature cosignature) implements Outcome {}

        /** 409: the old size is not the held one, or the same size has another root ({@code fork}). */
        record Conflict(long heldSize, boolean fork) implements Outcome {}
    }

    private final CosignerSignerKey key;
    private final Map<String, List<NoteVerifierKey>> logs;
    private final CheckpointFiles files;
    private final Clock clock;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    Witness(CosignerSignerKey key, List<NoteVerifierKey> logKeys, CheckpointFiles files, Clock clock) {
        this.key = key;
        this.logs = logKeys.stream().collect(Collectors.groupingBy(NoteVerifierKey::name, Collectors.toUnmodifiableList()));
        this.files = files;
        this.clock = clock;
    }

    CosignerSignerKey key() {
        return key;
    }

    Outcome addCheckpoint(byte[] body) throws WitnessException {
        AddCheckpointRequest request;
        try {
            request = AddCheckpointRequest.parse(body);
        } catch (CheckpointException e) {
            throw WitnessException.malformed(e.getMessage());
        }
        byte[] note = request.note();
        String origin = unverifiedOrigin(note);
        List<NoteVerifierKey> logKeys = logs.get(origin);
        if (logKeys == null) {
            throw WitnessException.unknownLog(origin);
        }
        SignedNote opened;
        Checkpoint checkpoint;
        try {
            opened = SignedNotes.open(note, logKeys);
            checkpoint = Checkpoint.parse(opened.text());
        } catch (NoteException e) {
            throw WitnessException.badLogSignature(origin, e.getMessage());
        } catch (CheckpointException e) {
            throw WitnessException.malformed("checkpoint body: " + e.getMessage());
        }
        if (request.oldSize() > checkpoint.size()) {
            throw WitnessException.malformed("old size " + request.oldSize() + " is larger than the checkpoint's "
                    + checkpoint.size());
        }
        synchronized (locks.computeIfAbsent(origin, o -> new Object())) {
            Optional<Checkpoint> held = files.latest(origin).map(Witness::heldCheckpoint);
            long heldSize = held.map(Checkpoint::size).orElse(0L);
            if (request.oldSize() != heldSize) {
                return new Outcome.Conflict(heldSize, false);
            }
            if (held.isPresent() && heldSize == checkpoint.size()) {
                if (!held.get().root().equals(checkpoint.root())) {
                    alarm(origin, body, "a second root at size " + heldSize + ": held " + held.get().root().toHex()
                            + ", offered " + checkpoint.root().toHex());
                    return new Outcome.Conflict(heldSize, true);
                }
                if (!request.proof().isEmpty()) {
                    throw WitnessException.inconsistent("a proof between equal sizes must be empty");
                }
            } else if (held.isPresent() && heldSize > 0) {
                try {
                    ProofVerifier.verifyConsistency(heldSize, checkpoint.size(), request.proof(), held.get().root(),
                            checkpoint.root());
                } catch (InvalidProofException e) {
                    alarm(origin, body, "the consistency proof from held size " + heldSize + " to "
                            + checkpoint.size() + " does not verify: " + e.getMessage());
                    throw WitnessException.inconsistent("consistency proof from " + heldSize + " to "
                            + checkpoint.size() + " does not verify: " + e.getMessage());
                }
            } else if (!request.proof().isEmpty()) {
                throw WitnessException.inconsistent("old size is 0, so the proof must be empty");
            }
            Cosignature cosignature = key.cosign(opened.text(), clock.instant().getEpochSecond());
            if (held.isEmpty() || heldSize != checkpoint.size()) {
                files.replace(origin, note);
            }
            return new Outcome.Cosigned(cosignature);
        }
    }

    private void alarm(String origin, byte[] body, String what) {
        var evidence = files.keepAlarm(origin, body);
        LOG.severe(() -> "ALARM log " + origin + ": " + what + " (request kept in " + evidence + ")");
    }

    /** The origin line, read before any signature check only to choose the keys to check with. */
    private static String unverifiedOrigin(byte[] note) throws WitnessException {
        String text = new String(note, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        if (end <= 0) {
            throw WitnessException.malformed("checkpoint has no origin line");
        }
        return text.substring(0, end);
    }

    /** The held note was verified before it was written; its text is all that is needed again. */
    private static Checkpoint heldCheckpoint(byte[] note) {
        String all = new String(note, StandardCharsets.UTF_8);
        try {
            return Checkpoint.parse(all.substring(0, all.lastIndexOf("\n\n") + 1));
        } catch (CheckpointException | StringIndexOutOfBoundsException e) {
            throw new IllegalStateException("the held checkpoint file is corrupt; restore it from backup", e);
        }
    }
}

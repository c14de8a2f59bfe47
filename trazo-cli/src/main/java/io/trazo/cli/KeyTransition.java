package io.trazo.cli;

import io.trazo.ledger.log.EvidenceFormatException;
import io.trazo.ledger.log.LogJson;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.checkpoint.CheckpointException;
import io.trazo.ledger.merkle.checkpoint.Checkpoints;
import io.trazo.ledger.merkle.note.NoteException;
import io.trazo.ledger.merkle.note.NoteSignature;
import io.trazo.ledger.merkle.note.NoteVerifierKey;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the checkpoint through which a log moved from one key to another (protocol §17.1): in the
 * history strictly after the saved size and up to the latest, the first note that verifies under a key
 * that signed the saved checkpoint and under a key that signed the latest one. A note in the history
 * that fails verification under a given key is not skipped silently: it is evidence, so it ends the search.
 */
final class KeyTransition {

    /** Page size of {@code GET /log/checkpoints}; the log serves at most 100 per request. */
    static final int PAGE = 100;

    interface Fetch {
        byte[] get(String path) throws IOException, InterruptedException;
    }

    private final String origin;
    private final List<NoteVerifierKey> keys;
    private final Fetch fetch;

    KeyTransition(String origin, List<NoteVerifierKey> keys, Fetch fetch) {
        this.origin = origin;
        this.keys = List.copyOf(keys);
        this.fetch = fetch;
    }

    static boolean sharesKey(Checkpoints.Verified a, Checkpoints.Verified b) {
        return !Collections.disjoint(keyIds(a), keyIds(b));
    }

    Optional<Checkpoints.Verified> find(Checkpoints.Verified seen, Checkpoints.Verified latest)
            throws IOException, InterruptedException, EvidenceFormatException {
        long from = seen.checkpoint().size() + 1;
        long to = latest.checkpoint().size();
        while (from <= to) {
            List<SignedCheckpoint> page = LogJson.parseHistory(fetch.get("/log/checkpoints?from=" + from + "&limit=" + PAGE));
            if (page.isEmpty()) {
                return Optional.empty();
            }
            for (SignedCheckpoint candidate : page) {
                if (candidate.size() < from || candidate.size() > to) {
                    return Optional.empty();
                }
                Checkpoints.Verified opened;
                try {
                    opened = Checkpoints.open(candidate.bytes(), origin, keys);
                } catch (NoteException | CheckpointException e) {
                    return Optional.empty();
                }
                if (opened.checkpoint().size() != candidate.size()) {
                    return Optional.empty();
                }
                if (sharesKey(opened, seen) && sharesKey(opened, latest)) {
                    return Optional.of(opened);
                }
                from = candidate.size() + 1;
            }
        }
        return Optional.empty();
    }

    private static Set<String> keyIds(Checkpoints.Verified verified) {
        return verified.note().verified().stream().map(s -> s.name() + "+" + s.keyId()).collect(Collectors.toSet());
    }
}

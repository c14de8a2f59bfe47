package io.trazo.append.witness;

import io.trazo.ledger.log.LogLookupException;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.checkpoint.AddCheckpointRequest;
import io.trazo.ledger.merkle.note.Cosignature;
import io.trazo.ledger.merkle.note.CosignatureException;
import io.trazo.ledger.merkle.note.CosignerKey;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Submits the log's checkpoints to its witnesses and stores their verified cosignatures (protocol
 * §19.4). A witness that is down, slow or refusing never fails the caller: its {@link Status} says
 * why, and the next checkpoint is submitted to it again from the size it last cosigned.
 *
 * <p>Not thread-safe for one checkpoint at a time per witness: call it from one thread.
 */
public final class WitnessSubmitter {

    /** A configured witness: its cosigner key and how to reach it. */
    public record Witness(CosignerKey key, WitnessClient client) {}

    /** Where a witness stands: the largest size it has cosigned for us, and the last problem if any. */
    public record Status(String witness, long cosignedSize, Optional<String> problem) {}

    private final List<Witness> witnesses;
    private final CosignatureStore store;
    private final LogProofs proofs;
    private final Map<String, Long> held = new ConcurrentHashMap<>();
    private final Map<String, Status> statuses = new ConcurrentHashMap<>();

    public WitnessSubmitter(List<Witness> witnesses, CosignatureStore store, LogProofs proofs) {
        this.witnesses = List.copyOf(witnesses);
        this.store = store;
        this.proofs = proofs;
    }

    /** Submits {@code checkpoint} to every witness; returns how many cosigned it. */
    public int submit(SignedCheckpoint checkpoint) {
        int cosigned = 0;
        for (Witness witness : witnesses) {
            String id = witness.key().encode();
            try {
                Optional<String> problem = submitTo(witness, id, checkpoint);
                statuses.put(id, new Status(witness.key().name(), store.latestSize(id), problem));
                cosigned += problem.isEmpty() ? 1 : 0;
            } catch (IOException | LogLookupException | RuntimeException e) {
                statuses.put(id, new Status(witness.key().name(), held.getOrDefault(id, 0L),
                        Optional.of(witness.client() + ": " + e)));
            }
        }
        return cosigned;
    }

    /** Every witness's status, by verifier key; a witness never submitted to is absent. */
    public Map<String, Status> statuses() {
        return Map.copyOf(statuses);
    }

    public List<Witness> witnesses() {
        return witnesses;
    }

    private Optional<String> submitTo(Witness witness, String id, SignedCheckpoint checkpoint)
            throws IOException, LogLookupException {
        long old = held.computeIfAbsent(id, store::latestSize);
        String text = checkpoint.note().substring(0, checkpoint.note().lastIndexOf("\n\n") + 1);
        for (int attempt = 0; attempt < 2; attempt++) {
            if (old > checkpoint.size()) {
                return Optional.of("the witness holds size " + old + ", past this checkpoint's " + checkpoint.size()
                        + ": was the log rolled back?");
            }
            WitnessClient.Response response = witness.client().addCheckpoint(body(old, checkpoint));
            if (response.status() == 200) {
                return store(witness.key(), id, checkpoint.size(), text, response.body());
            }
            if (response.status() != 409 || !response.contentType().startsWith("text/x.tlog.size")) {
                return Optional.of("HTTP " + response.status() + ": " + shorten(response.body()));
            }
            long theirs = parseSize(response.body());
            held.put(id, theirs);
            if (theirs == old) {
                return Optional.of("409 at the size it holds (" + old + "): a different root, a fork alarm at the witness");
            }
            old = theirs;
        }
        return Optional.of("the witness answered 409 twice");
    }

    private Optional<String> store(CosignerKey key, String id, long size, String text, String body) {
        for (String line : body.lines().toList()) {
            try {
                Cosignature cosignature = Cosignature.parse(line);
                if (key.matches(cosignature)) {
                    key.verify(cosignature, text);
                    store.record(size, id, cosignature.text());
                    held.put(id, size);
                    return Optional.empty();
                }
            } catch (CosignatureException e) {
                return Optional.of("the witness returned a bad cosignature: " + e.getMessage());
            }
        }
        return Optional.of("the witness answered 200 without a line from its key");
    }

    private byte[] body(long old, SignedCheckpoint checkpoint) throws LogLookupException {
        List<TreeHash> proof = old == 0 || old == checkpoint.size() ? List.of()
                : proofs.consistency(old, checkpoint.size()).path();
        return new AddCheckpointRequest(old, proof, checkpoint.bytes()).encode();
    }

    private static long parseSize(String body) throws IOException {
        try {
            return Long.parseLong(body.strip());
        } catch (NumberFormatException e) {
            throw new IOException("a 409 without a tree size: " + shorten(body));
        }
    }

    private static String shorten(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}

package io.trazo.cli;

import io.trazo.ledger.log.EvidenceFormatException;
import io.trazo.ledger.log.LogJson;
import io.trazo.ledger.merkle.ConsistencyProof;
import io.trazo.ledger.merkle.InvalidProofException;
import io.trazo.ledger.merkle.ProofVerifier;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.merkle.checkpoint.CheckpointException;
import io.trazo.ledger.merkle.checkpoint.Checkpoints;
import io.trazo.ledger.merkle.note.NoteException;
import io.trazo.ledger.merkle.note.NoteVerifierKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Watches a log for a split view: verifies the latest checkpoint with the log key, proves it consistent
 * with the checkpoint saved last time (RFC 9162 §2.1.4.2), then saves it. Exit codes: 0 consistent,
 * 1 the log could not be reached or read, 2 a checkpoint not signed by the log key, 3 a fork or rollback.
 *
 * <p>A log whose key was rotated (protocol §17.1) is watched with all its keys. When no key signed both
 * the saved and the latest checkpoint, the change of key is accepted only through a transition
 * checkpoint in the history between them, signed by a key of each ({@link KeyTransition}).
 *
 * <p>With {@code --replay} it also reads every entry of the log up to the latest checkpoint, checks that they
 * give its root, and recomputes every map-root leaf from the registry records before it ({@link LogReplay},
 * protocol §20.7); a map-root leaf that differs is an alarm like a fork (exit 3): the log signed a map that
 * its own records contradict.
 */
@Command(name = "monitor", description = "Check that a transparency log only grows: verify its latest checkpoint "
        + "and its consistency with the one saved before. Exit 0 ok, 1 unreachable, 2 bad signature, 3 fork.")
final class MonitorCommand implements Callable<Integer> {

    static final int UNREACHABLE = 1;
    static final int NOT_SIGNED = 2;
    static final int FORK = 3;

    @Option(names = "--log-url", required = true, description = "Base URL of the log API, e.g. https://query.example")
    URI logUrl;

    @Option(names = "--log-key", required = true, description = "The log's C2SP verifier key (name+hex8+base64), or a file "
            + "holding it; repeat it with the log's previous keys to follow a key rotation.")
    List<String> logKeys;

    @Option(names = "--checkpoint", required = true, description = "File with the checkpoint seen last; created or replaced on success.")
    Path checkpointFile;

    @Option(names = "--origin", description = "Expected checkpoint origin (default: the key name).")
    String origin;

    @Option(names = "--replay", description = "Also fetch every log entry, check them against the checkpoint, and "
            + "recompute every committed map root from the registry records (exit 3 if one differs).")
    boolean replay;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<NoteVerifierKey> keys = new ArrayList<>();
        for (String k : logKeys) {
            keys.add(KeyFiles.logKey(k));
        }
        String expectedOrigin = origin == null ? keys.get(0).name() : origin;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        byte[] note;
        try {
            note = fetch(http, "/checkpoint");
        } catch (IOException e) {
            return fail(UNREACHABLE, "cannot fetch the latest checkpoint: " + e.getMessage());
        }
        Checkpoints.Verified latest;
        try {
            latest = Checkpoints.open(note, expectedOrigin, keys);
        } catch (NoteException | CheckpointException e) {
            return fail(NOT_SIGNED, "latest checkpoint is not a valid checkpoint of " + expectedOrigin + " signed by "
                    + "a given log key: " + e.getMessage());
        }
        if (Files.exists(checkpointFile)) {
            Checkpoints.Verified seen;
            try {
                seen = Checkpoints.open(Files.readAllBytes(checkpointFile), expectedOrigin, keys);
            } catch (NoteException | CheckpointException e) {
                return fail(NOT_SIGNED, "saved checkpoint " + checkpointFile + " is not signed by a given log key ("
                        + e.getMessage() + "); if the log's key was rotated, give its previous key too: --log-key OLD "
                        + "--log-key NEW");
            }
            Integer verdict = KeyTransition.sharesKey(seen, latest) ? compare(http, seen.checkpoint(), latest.checkpoint())
                    : acrossKeyChange(http, seen, latest, expectedOrigin, keys);
            if (verdict != null) {
                return verdict;
            }
        }
        if (replay) {
            Integer verdict = replay(http, latest.checkpoint());
            if (verdict != null) {
                return verdict;
            }
        }
        Path tmp = checkpointFile.resolveSibling(checkpointFile.getFileName() + ".tmp");
        Files.write(tmp, note);
        Files.move(tmp, checkpointFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Checkpoint head = latest.checkpoint();
        System.out.printf("OK %s size %d root %s%n", head.origin(), head.size(), head.root().toHex());
        return 0;
    }

    /** The saved and latest checkpoints share no key: find the transition checkpoint and check both legs. */
    private Integer acrossKeyChange(HttpClient http, Checkpoints.Verified seen, Checkpoints.Verified latest,
            String expectedOrigin, List<NoteVerifierKey> keys) throws InterruptedException {
        Optional<Checkpoints.Verified> transition;
        try {
            transition = new KeyTransition(expectedOrigin, keys, path -> fetch(http, path)).find(seen, latest);
        } catch (IOException | EvidenceFormatException e) {
            return fail(UNREACHABLE, "cannot read the checkpoint history: " + e.getMessage());
        }
        if (transition.isEmpty()) {
            return fail(NOT_SIGNED, "the log's key changed between size " + seen.checkpoint().size() + " and size "
                    + latest.checkpoint().size() + " but no checkpoint in between is signed by both the old and the new"
                    + " key; keep both notes as evidence");
        }
        Integer first = compare(http, seen.checkpoint(), transition.get().checkpoint());
        return first != null ? first : compare(http, transition.get().checkpoint(), latest.checkpoint());
    }

    private Integer compare(HttpClient http, Checkpoint seen, Checkpoint latest) throws InterruptedException {
        if (latest.size() < seen.size()) {
            return fail(FORK, "ROLLBACK: the log now shows size " + latest.size() + " but signed size " + seen.size()
                    + " before; keep both notes as evidence");
        }
        if (seen.size() == 0) {
            return null;
        }
        try {
            if (latest.size() == seen.size()) {
                ProofVerifier.verifyConsistency(new ConsistencyProof(seen.size(), seen.size(), List.of()),
                        seen.root(), latest.root());
                return null;
            }
            ConsistencyProof proof = LogJson.parseConsistency(fetch(http,
                    "/log/proof/consistency?from=" + seen.size() + "&to=" + latest.size()));
            if (proof.size1() != seen.size() || proof.size2() != latest.size()) {
                return fail(FORK, "the log answered a consistency proof for sizes " + proof.size1() + " and "
                        + proof.size2() + ", asked for " + seen.size() + " and " + latest.size());
            }
            ProofVerifier.verifyConsistency(proof, seen.root(), latest.root());
            return null;
        } catch (InvalidProofException e) {
            return fail(FORK, "FORK: the checkpoint of size " + latest.size() + " does not extend the one of size "
                    + seen.size() + " seen before (" + e.reason() + ": " + e.getMessage() + "); the log shows a split view"
                    + "; keep both notes as evidence");
        } catch (IOException | EvidenceFormatException e) {
            return fail(UNREACHABLE, "cannot fetch the consistency proof: " + e.getMessage());
        }
    }

    private Integer replay(HttpClient http, Checkpoint checkpoint) throws InterruptedException {
        LogReplay.Outcome outcome;
        try {
            outcome = new LogReplay(LogReplay.emptyMap(), new LogReplay.Hook() {}).replay(checkpoint,
                    (start, end) -> fetch(http, "/log/entries?start=" + start + "&end=" + end));
        } catch (IOException | EvidenceFormatException e) {
            return fail(UNREACHABLE, "cannot fetch the log's entries: " + e.getMessage());
        } catch (LogReplay.BadEntryException e) {
            return fail(FORK, "BAD ENTRY: " + e.getMessage() + "; keep the checkpoint as evidence");
        }
        if (outcome.entriesMismatch() != null) {
            return fail(FORK, "ENTRIES MISMATCH: " + outcome.entriesMismatch() + "; the log serves entries it did not sign");
        }
        if (outcome.mapRootMismatch() != null) {
            return fail(FORK, "MAP ROOT MISMATCH: " + outcome.mapRootMismatch() + "; the log committed a status map its own "
                    + "records contradict; keep the checkpoint as evidence");
        }
        System.out.printf("REPLAYED %d leaves, %d map roots, all match%n", outcome.leaves(), outcome.mapRoots());
        return null;
    }

    private byte[] fetch(HttpClient http, String path) throws IOException, InterruptedException {
        String base = logUrl.toString().replaceAll("/+$", "");
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static int fail(int code, String message) {
        System.err.println("trazo monitor: " + message);
        return code;
    }
}

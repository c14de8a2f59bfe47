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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Watches a log for a split view: verifies the latest checkpoint with the log key, proves it consistent
 * with the checkpoint saved last time (RFC 9162 §2.1.4.2), then saves it. Exit codes: 0 consistent,
 * 1 the log could not be reached or read, 2 a checkpoint not signed by the log key, 3 a fork or rollback.
 */
@Command(name = "monitor", description = "Check that a transparency log only grows: verify its latest checkpoint "
        + "and its consistency with the one saved before. Exit 0 ok, 1 unreachable, 2 bad signature, 3 fork.")
final class MonitorCommand implements Callable<Integer> {

    static final int UNREACHABLE = 1;
    static final int NOT_SIGNED = 2;
    static final int FORK = 3;

    @Option(names = "--log-url", required = true, description = "Base URL of the log API, e.g. https://query.example")
    URI logUrl;

    @Option(names = "--log-key", required = true, description = "The log's C2SP verifier key (name+hex8+base64), or a file holding it.")
    String logKey;

    @Option(names = "--checkpoint", required = true, description = "File with the checkpoint seen last; created or replaced on success.")
    Path checkpointFile;

    @Option(names = "--origin", description = "Expected checkpoint origin (default: the key name).")
    String origin;

    @Override
    public Integer call() throws IOException, InterruptedException {
        NoteVerifierKey key = KeyFiles.logKey(logKey);
        String expectedOrigin = origin == null ? key.name() : origin;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        byte[] note;
        try {
            note = fetch(http, "/checkpoint");
        } catch (IOException e) {
            return fail(UNREACHABLE, "cannot fetch the latest checkpoint: " + e.getMessage());
        }
        Checkpoint latest;
        try {
            latest = Checkpoints.open(note, expectedOrigin, key).checkpoint();
        } catch (NoteException | CheckpointException e) {
            return fail(NOT_SIGNED, "latest checkpoint is not a valid checkpoint of " + expectedOrigin + " signed by "
                    + key.name() + ": " + e.getMessage());
        }
        if (Files.exists(checkpointFile)) {
            Checkpoint seen;
            try {
                seen = Checkpoints.open(Files.readAllBytes(checkpointFile), expectedOrigin, key).checkpoint();
            } catch (NoteException | CheckpointException e) {
                return fail(NOT_SIGNED, "saved checkpoint " + checkpointFile + " is not signed by the log key: " + e.getMessage());
            }
            Integer verdict = compare(http, seen, latest);
            if (verdict != null) {
                return verdict;
            }
        }
        Path tmp = checkpointFile.resolveSibling(checkpointFile.getFileName() + ".tmp");
        Files.write(tmp, note);
        Files.move(tmp, checkpointFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("OK %s size %d root %s%n", latest.origin(), latest.size(), latest.root().toHex());
        return 0;
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
                ProofVerifier.verifyConsistency(new ConsistencyProof(seen.size(), seen.size(), java.util.List.of()),
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

package io.trazo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.Integration;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogSigner;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.MutableClock;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.ledger.log.LogJson;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.merkle.note.NoteSignerKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trazo monitor} across a log key rotation (protocol §17.1), against a log served over HTTP. */
class MonitorKeyRotationTest {

    private static final NoteSignerKey A = LogFixture.key(7);
    private static final NoteSignerKey B = LogFixture.key(9);

    @TempDir
    Path dir;

    private final InMemoryLedgerStore ledger = new InMemoryLedgerStore();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private HttpServer server;
    private LogStores served = LogStores.inMemory();
    private long token;

    /** Appends journey records [from, to) and integrates them into the served log under {@code signer}. */
    private void grow(int from, int to, LogSigner signer) throws Exception {
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(from, to));
        Sequencer sequencer = new Sequencer(ledger, served, signer, new SequencerPolicy(1000, Duration.ZERO),
                MutableClock.atEpoch());
        token++;
        while (sequencer.integrate(new FencingToken(token)) instanceof Integration.Committed) {
            // next batch
        }
    }

    private static LogSigner signer(NoteSignerKey key) {
        return new LogSigner(LogFixture.ORIGIN, key);
    }

    private int monitor(NoteSignerKey... keys) throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/checkpoint", ex -> respond(ex, proofs().latest().orElseThrow().bytes()));
            server.createContext("/log/checkpoints", ex -> {
                Map<String, Long> q = query(ex);
                respond(ex, LogJson.history(proofs().checkpoints(q.get("from"), q.get("limit").intValue())));
            });
            server.createContext("/log/proof/consistency", ex -> {
                Map<String, Long> q = query(ex);
                try {
                    respond(ex, LogJson.consistency(proofs().consistency(q.get("from"), q.get("to"))));
                } catch (Exception e) {
                    ex.sendResponseHeaders(404, -1);
                    ex.close();
                }
            });
            server.start();
        }
        List<String> args = new ArrayList<>(List.of("monitor", "--log-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "--checkpoint", dir.resolve("seen.note").toString()));
        for (NoteSignerKey key : keys) {
            args.add("--log-key");
            args.add(key.verifierKey().encode());
        }
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return TrazoCli.run(args.toArray(String[]::new));
        } finally {
            System.setErr(old);
        }
    }

    private LogProofs proofs() {
        return new LogProofs(served.tiles(), served.leaves(), served.history());
    }

    private static Map<String, Long> query(HttpExchange ex) {
        Map<String, Long> q = new HashMap<>();
        for (String kv : ex.getRequestURI().getQuery().split("&")) {
            q.put(kv.split("=")[0], Long.parseLong(kv.split("=")[1]));
        }
        return q;
    }

    private static void respond(HttpExchange ex, byte[] body) throws IOException {
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aMonitorWithBothKeysFollowsTheLogAcrossTheSwitchThenTheNewKeyAloneSuffices() throws Exception {
        grow(0, 4, signer(A));
        assertThat(monitor(A)).isZero();
        grow(4, 6, signer(B).rotatingFrom(A));
        grow(6, 9, signer(B));

        assertThat(monitor(A, B)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(dir.resolve("seen.note"))).isEqualTo(served.history().latest().orElseThrow().note());
        grow(9, LogFixture.JOURNEY.size(), signer(B));
        assertThat(monitor(B)).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void theNewKeyAloneOnACheckpointSavedBeforeTheSwitchFailsAndSaysWhy() throws Exception {
        grow(0, 4, signer(A));
        assertThat(monitor(A)).isZero();
        String saved = Files.readString(dir.resolve("seen.note"));
        grow(4, 6, signer(B).rotatingFrom(A));
        grow(6, 9, signer(B));

        assertThat(monitor(B)).isEqualTo(MonitorCommand.NOT_SIGNED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not signed by a given log key")
                .contains("--log-key OLD --log-key NEW");
        assertThat(Files.readString(dir.resolve("seen.note"))).isEqualTo(saved);
    }

    @Test
    void aLogThatChangedKeyWithoutACheckpointSignedByBothIsRejected() throws Exception {
        grow(0, 4, signer(A));
        assertThat(monitor(A)).isZero();
        String saved = Files.readString(dir.resolve("seen.note"));
        // whoever holds only B serves the same records under B alone: no note links B to A
        served = LogStores.inMemory();
        Sequencer impostor = new Sequencer(ledger, served, signer(B), new SequencerPolicy(1000, Duration.ZERO),
                MutableClock.atEpoch());
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(4, 9));
        impostor.integrate(new FencingToken(1));

        assertThat(monitor(A, B)).isEqualTo(MonitorCommand.NOT_SIGNED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no checkpoint in between is signed by both");
        assertThat(Files.readString(dir.resolve("seen.note"))).isEqualTo(saved);
    }
}

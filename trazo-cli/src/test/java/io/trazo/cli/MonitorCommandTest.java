package io.trazo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.Integration;
import io.trazo.append.log.LogFixture;
import io.trazo.ledger.log.LogJson;
import io.trazo.ledger.log.LogProofs;
import io.trazo.append.log.LogSigner;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.MutableClock;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.append.InMemoryLedgerStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trazo monitor} against a log served over HTTP by the JDK's server, honest and forked. */
class MonitorCommandTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private Supplier<LogProofs> served;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static LogStores log(int records, LogSigner signer, boolean forked) throws Exception {
        LogStores stores = LogStores.inMemory();
        if (forked) {
            java.util.List<io.trazo.ledger.merkle.TreeHash> leaves = new java.util.ArrayList<>();
            leaves.add(io.trazo.ledger.merkle.TreeHasher.leafHash(new byte[] {1}));
            LogFixture.JOURNEY.subList(1, records).forEach(w -> leaves.add(io.trazo.ledger.log.LogLeaf.hash(w)));
            var head = io.trazo.append.merkle.TreeAppender.empty(stores.tiles()).append(leaves);
            stores.history().append(signer.sign(head));
            return stores;
        }
        InMemoryLedgerStore ledger = new InMemoryLedgerStore();
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(0, records));
        Sequencer sequencer = new Sequencer(ledger, stores, signer, new SequencerPolicy(1000, Duration.ZERO),
                MutableClock.atEpoch());
        while (sequencer.integrate(new FencingToken(1)) instanceof Integration.Committed) {
            // next batch
        }
        return stores;
    }

    private int monitor(LogStores stores, LogSigner key) throws Exception {
        LogProofs proofs = new LogProofs(stores.tiles(), stores.leaves(), stores.history());
        served = () -> proofs;
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/checkpoint", ex -> respond(ex, served.get().latest().orElseThrow().bytes()));
            server.createContext("/log/proof/consistency", ex -> {
                Map<String, Long> q = new java.util.HashMap<>();
                for (String kv : ex.getRequestURI().getQuery().split("&")) {
                    q.put(kv.split("=")[0], Long.parseLong(kv.split("=")[1]));
                }
                try {
                    respond(ex, LogJson.consistency(served.get().consistency(q.get("from"), q.get("to"))));
                } catch (Exception e) {
                    ex.sendResponseHeaders(404, -1);
                    ex.close();
                }
            });
            server.start();
        }
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return TrazoCli.run("monitor", "--log-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                    "--log-key", key.verifierKey().encode(), "--checkpoint", dir.resolve("seen.note").toString());
        } finally {
            System.setErr(old);
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange ex, byte[] body) throws java.io.IOException {
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
    void aGrowingLogIsConsistentAndTheNewCheckpointIsSaved() throws Exception {
        assertThat(monitor(log(4, LogFixture.signer(), false), LogFixture.signer())).isZero();
        LogStores grown = log(LogFixture.JOURNEY.size(), LogFixture.signer(), false);
        assertThat(monitor(grown, LogFixture.signer())).isZero();
        assertThat(Files.readString(dir.resolve("seen.note"))).isEqualTo(grown.history().latest().orElseThrow().note());
    }

    @Test
    void aLogThatRewroteItsHistoryIsAForkAndTheSavedCheckpointIsKept() throws Exception {
        assertThat(monitor(log(4, LogFixture.signer(), false), LogFixture.signer())).isZero();
        String seen = Files.readString(dir.resolve("seen.note"));
        assertThat(monitor(log(LogFixture.JOURNEY.size(), LogFixture.signer(), true), LogFixture.signer()))
                .isEqualTo(MonitorCommand.FORK);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("FORK: the checkpoint of size").contains("split view");
        assertThat(Files.readString(dir.resolve("seen.note"))).isEqualTo(seen);
    }

    @Test
    void aCheckpointNotSignedByTheLogKeyFailsLoudly() throws Exception {
        assertThat(monitor(log(4, LogFixture.otherSigner(), false), LogFixture.signer())).isEqualTo(MonitorCommand.NOT_SIGNED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a valid checkpoint of " + LogFixture.ORIGIN);
        assertThat(dir.resolve("seen.note")).doesNotExist();
    }

    @Test
    void aLogThatShrankIsARollback() throws Exception {
        assertThat(monitor(log(6, LogFixture.signer(), false), LogFixture.signer())).isZero();
        assertThat(monitor(log(4, LogFixture.signer(), false), LogFixture.signer())).isEqualTo(MonitorCommand.FORK);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ROLLBACK");
    }
}

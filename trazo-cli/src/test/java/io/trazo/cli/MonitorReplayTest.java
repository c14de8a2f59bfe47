package io.trazo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.log.StatusMapRoots;
import io.trazo.append.log.TamperedLeafIndex;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.Integration;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.MapRoots;
import io.trazo.append.log.MutableClock;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.log.LeafIndexReader;
import io.trazo.ledger.log.LogEntries;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trazo monitor --replay} against logs served over HTTP: honest, with a lying map, and with a tampered entry. */
class MonitorReplayTest {

    @TempDir
    Path dir;

    private final InMemoryLedgerStore ledger = LogFixture.journeyLedger();
    private final LogStores stores = LogStores.inMemory();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private HttpServer server;

    /** The map a dishonest log commits: it forgets the journey's keys, as if a revocation had been left out. */
    record ForgettingKeys(MapRoots inner) implements MapRoots {
        @Override
        public MapRoots apply(SignedRecord record) {
            return new ForgettingKeys(record.type() == RecordType.KEY ? inner : inner.apply(record));
        }

        @Override
        public byte[] rootLeafInput(long lastRecordLeafIndex) {
            return inner.rootLeafInput(lastRecordLeafIndex);
        }
    }

    private void sequence(MapRoots map) throws Exception {
        Sequencer sequencer = new Sequencer(ledger, stores, LogFixture.signer(), new SequencerPolicy(4, Duration.ZERO),
                MutableClock.atEpoch(), map);
        while (sequencer.integrate(new FencingToken(1)) instanceof Integration.Committed) {
            // next batch
        }
    }

    private int monitor(LeafIndexReader served, String... extra) throws Exception {
        LogEntries entries = new LogEntries(served, ledger);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/checkpoint", ex -> respond(ex, stores.history().latest().orElseThrow().bytes()));
        server.createContext("/log/entries", ex -> {
            Map<String, Long> q = new HashMap<>();
            for (String kv : ex.getRequestURI().getQuery().split("&")) {
                q.put(kv.split("=")[0], Long.parseLong(kv.split("=")[1]));
            }
            try {
                respond(ex, entries.framed(q.get("start"), q.get("end")));
            } catch (Exception e) {
                ex.sendResponseHeaders(503, -1);
                ex.close();
            }
        });
        server.start();
        List<String> args = new ArrayList<>(List.of("monitor", "--log-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "--log-key", LogFixture.signer().verifierKey().encode(), "--checkpoint", dir.resolve("seen.note").toString()));
        args.addAll(List.of(extra));
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return TrazoCli.run(args.toArray(String[]::new));
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
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
    void anHonestLogReplaysAndEveryMapRootMatches() throws Exception {
        sequence(StatusMapRoots.empty());
        assertThat(monitor(stores.leaves(), "--replay")).isZero();
        long size = stores.history().latest().orElseThrow().size();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("REPLAYED " + size + " leaves, " + (LogFixture.JOURNEY.size() + 3) / 4
                + " map roots, all match");
        assertThat(dir.resolve("seen.note")).exists();
    }

    @Test
    void aMapRootThatDisagreesWithTheRegistryInTheLogIsCaughtByReplayAlone() throws Exception {
        sequence(new ForgettingKeys(StatusMapRoots.empty()));
        assertThat(monitor(stores.leaves())).as("without --replay the signed log looks fine").isZero();
        dir.resolve("seen.note").toFile().delete();
        server.stop(0);

        assertThat(monitor(stores.leaves(), "--replay")).isEqualTo(MonitorCommand.FORK);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("MAP ROOT MISMATCH: map-root leaf ")
                .contains("records contradict");
        assertThat(dir.resolve("seen.note")).doesNotExist();
    }

    @Test
    void aMapRootLeafTamperedInTheStoreAfterSigningIsAnEntriesMismatch() throws Exception {
        sequence(StatusMapRoots.empty());
        long size = stores.history().latest().orElseThrow().size();
        LeafEntry.MapRoot forged = new LeafEntry.MapRoot(StatusMapRoots.empty().rootLeafInput(size - 2));

        assertThat(monitor(replacing(size - 1, forged), "--replay")).isEqualTo(MonitorCommand.FORK);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ENTRIES MISMATCH: the log's entries give root");
    }

    private LeafIndexReader replacing(long leaf, LeafEntry entry) {
        return TamperedLeafIndex.replacing(stores.leaves(), leaf, entry);
    }
}

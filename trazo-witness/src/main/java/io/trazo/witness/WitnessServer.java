package io.trazo.witness;

import io.trazo.ledger.merkle.checkpoint.AddCheckpointRequest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.merkle.note.CosignerSignerKey;
import io.trazo.ledger.merkle.note.NoteVerifierKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The witness over HTTP with the JDK's own server, so a certifier's small machine needs nothing but a
 * JRE: {@code POST /add-checkpoint} (C2SP tlog-witness) and {@code GET /healthz}.
 */
public final class WitnessServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WitnessServer.class.getName());
    private static final String PROBLEM_JSON = "application/problem+json";

    private final Witness witness;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    WitnessServer(Witness witness, InetSocketAddress address) {
        this.witness = witness;
        try {
            this.server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address, e);
        }
        server.createContext("/add-checkpoint", this::addCheckpoint);
        server.createContext("/healthz", exchange -> respond(exchange, 200, "text/plain; charset=utf-8",
                "ok\n".getBytes(StandardCharsets.UTF_8)));
        server.setExecutor(executor);
    }

    /** A started witness over {@code state} for the given logs; for the main and for other modules' tests. */
    public static WitnessServer start(CosignerSignerKey key, List<NoteVerifierKey> logKeys, Path state,
            InetSocketAddress address) {
        return new WitnessServer(new Witness(key, logKeys, new CheckpointFiles(state), Clock.systemUTC()), address).start();
    }

    WitnessServer start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void addCheckpoint(HttpExchange exchange) throws IOException {
        try (exchange) {
            handle(exchange);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals("/add-checkpoint")) {
                problem(exchange, 405, WitnessException.Kind.MALFORMED_REQUEST.type, "only POST /add-checkpoint");
                return;
            }
            byte[] body = readBounded(exchange.getRequestBody());
            if (body == null) {
                problem(exchange, 400, WitnessException.Kind.MALFORMED_REQUEST.type, "body is larger than "
                        + AddCheckpointRequest.MAX_BODY_BYTES + " bytes");
                return;
            }
            Witness.Outcome outcome = witness.addCheckpoint(body);
            if (outcome instanceof Witness.Outcome.Cosigned cosigned) {
                respond(exchange, 200, "text/plain; charset=utf-8",
                        cosigned.cosignature().line().getBytes(StandardCharsets.UTF_8));
            } else if (outcome instanceof Witness.Outcome.Conflict conflict) {
                respond(exchange, 409, "text/x.tlog.size", (conflict.heldSize() + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        } catch (WitnessException e) {
            problem(exchange, e.kind().status, e.kind().type, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "add-checkpoint failed", e);
            problem(exchange, 500, "https://trazo.dev/problems/witness/internal", "the witness could not complete the request");
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] body = in.readNBytes(AddCheckpointRequest.MAX_BODY_BYTES + 1);
        return body.length > AddCheckpointRequest.MAX_BODY_BYTES ? null : body;
    }

    private static void problem(HttpExchange exchange, int status, String type, String detail) throws IOException {
        JsonObject problem = new JsonObject(Map.of(
                "type", new JsonString(type),
                "status", JsonNumber.of(status),
                "detail", new JsonString(detail)));
        respond(exchange, status, PROBLEM_JSON, Jcs.canonicalize(problem));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

package io.trazo.cli;

import static io.trazo.cli.TrazoRun.trazo;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.trazo.demo.CoffeeJourney;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code publish} and {@code status} against a scripted HTTP server: batching, exit codes and problem
 * details, without a service. The real round trip is ingest-service's CliAgainstIngestTest.
 */
class IngestCommandsTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private String url;
    private final List<byte[]> posted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/capture", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body;
            int status = 200;
            if (exchange.getRequestMethod().equals("POST")) {
                posted.add(exchange.getRequestBody().readAllBytes());
                status = 202;
                body = "{\"capture\":\"c-" + posted.size() + "\",\"records\":[]}";
            } else if (path.endsWith("/c-1")) {
                body = "{\"capture\":\"c-1\",\"records\":[{\"record\":\"" + "a".repeat(64) + "\",\"outcome\":\"ACCEPTED\",\"position\":7},"
                        + "{\"record\":\"" + "b".repeat(64) + "\",\"outcome\":\"PENDING\"}]}";
            } else {
                status = 404;
                body = "{\"type\":\"https://trazo.dev/problems/capture-not-found\",\"status\":404,\"detail\":\"no capture x\"}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == 404 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.createContext("/records", exchange -> {
            byte[] bytes = ("{\"record\":\"" + "c".repeat(64) + "\",\"outcome\":\"REJECTED\",\"reason\":\"FORK\",\"path\":\"/links\","
                    + "\"message\":\"lot x already continues\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void publishSplitsRecordsIntoCapturesAndPrintsEachId() throws Exception {
        List<byte[]> journey = CoffeeJourney.records();
        Path file = dir.resolve("journey.jsonl");
        for (byte[] r : journey) {
            RecordFiles.append(file, r);
        }
        TrazoRun run = trazo("publish", "--capture-url", url + "/", "--batch", "10", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly("c-1", "c-2", "c-3", "c-4");
        assertThat(posted).hasSize((journey.size() + 9) / 10);
        assertThat(new String(posted.get(0), StandardCharsets.UTF_8).lines()).hasSize(10)
                .first().isEqualTo(new String(journey.get(0), StandardCharsets.UTF_8));
    }

    @Test
    void statusPrintsOneLinePerRecordAndItsExitCodeSaysWhetherAllAreIn() {
        TrazoRun capture = trazo("status", "--capture-url", url, "--capture", "c-1");
        assertThat(capture.out().lines()).containsExactly("ACCEPTED  " + "a".repeat(64) + " @7", "PENDING   " + "b".repeat(64));
        assertThat(capture.code()).isEqualTo(3);
        TrazoRun rejected = trazo("status", "--capture-url", url, "--record", "c".repeat(64));
        assertThat(rejected.out().strip()).isEqualTo("REJECTED  " + "c".repeat(64) + " FORK /links: lot x already continues");
        assertThat(rejected.code()).isEqualTo(1);
        TrazoRun missing = trazo("status", "--capture-url", url, "--capture", "x");
        assertThat(missing.code()).as("unknown to ingest, not a service failure").isEqualTo(5);
        assertThat(missing.err()).contains("HTTP 404 https://trazo.dev/problems/capture-not-found: no capture x");
    }

    @Test
    void publishWithoutRecordsIsAUsageError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(trazo("publish", "--capture-url", url, empty.toString()).code()).isEqualTo(2);
        assertThat(trazo("status", "--capture-url", url).code()).isEqualTo(2);
    }
}

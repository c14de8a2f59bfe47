package io.trazo.cli;

import io.trazo.ledger.encoding.JsonFormatException;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.StrictJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The ingest service's HTTP API as the CLI uses it (docs/openapi.yaml), over {@code java.net.http}
 * so the core stays framework-free. Answers are read with the strict parser; error answers are RFC
 * 9457 problems and become an {@link IngestCallException} carrying the problem's type and detail.
 */
final class IngestClient {

    private static final StrictJson JSON = new StrictJson(new StrictJson.Limits(16 * 1024 * 1024, 64));

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @param url the service's base URL; a trailing {@code /capture} is tolerated */
    IngestClient(String url) {
        String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.base = URI.create(u.endsWith("/capture") ? u.substring(0, u.length() - "/capture".length()) : u);
    }

    /** Publishes the records as one NDJSON capture; returns the capture id. */
    String capture(List<byte[]> records) throws IOException, InterruptedException, IngestCallException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] r : records) {
            body.write(r);
            body.write('\n');
        }
        HttpRequest request = HttpRequest.newBuilder(base.resolve(base.getPath() + "/capture")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return text(send(request), "capture");
    }

    JsonObject capture(String id) throws IOException, InterruptedException, IngestCallException {
        return get("/capture/" + id);
    }

    JsonObject recordOutcome(String hash) throws IOException, InterruptedException, IngestCallException {
        return get("/records/" + hash + "/outcome");
    }

    private JsonObject get(String path) throws IOException, InterruptedException, IngestCallException {
        return send(HttpRequest.newBuilder(base.resolve(base.getPath() + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private JsonObject send(HttpRequest request) throws IOException, InterruptedException, IngestCallException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        JsonObject body;
        try {
            body = JSON.parse(response.body()) instanceof JsonObject o ? o : new JsonObject(java.util.Map.of());
        } catch (JsonFormatException e) {
            body = new JsonObject(java.util.Map.of());
        }
        if (response.statusCode() / 100 != 2) {
            throw new IngestCallException(response.statusCode(), text(body, "type"),
                    body.has("detail") ? text(body, "detail") : new String(response.body(), StandardCharsets.UTF_8));
        }
        return body;
    }

    static String text(JsonObject o, String name) {
        return o.get(name).filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value()).orElse("");
    }

    static String number(JsonObject o, String name) {
        return o.get(name).filter(v -> v instanceof io.trazo.ledger.encoding.JsonNumber)
                .map(v -> ((io.trazo.ledger.encoding.JsonNumber) v).value().toPlainString()).orElse("");
    }

    /** The service answered with an RFC 9457 problem (or another non-2xx status). */
    static final class IngestCallException extends Exception {

        private final int status;
        private final String type;

        IngestCallException(int status, String type, String detail) {
            super("HTTP " + status + (type.isEmpty() ? "" : " " + type) + ": " + detail);
            this.status = status;
            this.type = type;
        }

        int status() {
            return status;
        }

        String type() {
            return type;
        }
    }
}

package io.trazo.append.witness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** {@link WitnessClient} over HTTP with the JDK's client, keep-alive as C2SP tlog-witness asks. */
public final class HttpWitnessClient implements WitnessClient {

    private final HttpClient http;
    private final URI addCheckpoint;
    private final Duration timeout;

    /** {@code submissionPrefix} is the witness's URL without {@code /add-checkpoint}. */
    public HttpWitnessClient(URI submissionPrefix, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        String base = submissionPrefix.toString();
        this.addCheckpoint = URI.create((base.endsWith("/") ? base : base + "/") + "add-checkpoint");
        this.timeout = timeout;
    }

    @Override
    public Response addCheckpoint(byte[] body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(addCheckpoint).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + addCheckpoint, e);
        }
    }

    @Override
    public String toString() {
        return addCheckpoint.toString();
    }
}

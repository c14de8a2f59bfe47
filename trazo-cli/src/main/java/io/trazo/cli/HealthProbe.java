package io.trazo.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Exit 0 when a Spring Boot health endpoint answers 200 with status UP, 1 otherwise. Used by
 * deploy/local/trazo to wait for a service without needing curl on the machine.
 */
public final class HealthProbe {

    private HealthProbe() {}

    public static void main(String[] args) {
        try {
            HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(args[0])).timeout(Duration.ofSeconds(5)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            System.exit(r.statusCode() == 200 && r.body().contains("\"status\":\"UP\"") ? 0 : 1);
        } catch (Exception e) {
            System.exit(1);
        }
    }
}

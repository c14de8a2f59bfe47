package io.trazo.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.IngestRig;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests that Tomcat refuses before they reach ingest's controllers, sent as raw bytes to a running
 * ingest (issue 15): before ingest imported the http-problems module each got Tomcat's HTML page.
 * (Ingest reads no query parameters, so a bad escape in a query string never reaches Tomcat's parser.)
 */
class MalformedRequestTest {

    private static IngestRig rig;
    private static IngestInstance ingest;

    @BeforeAll
    static void start() {
        rig = new IngestRig();
        ingest = IngestInstance.start(rig);
    }

    @AfterAll
    static void stop() {
        ingest.close();
        rig.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "GET /capture/%zz HTTP/1.0\r\n\r\n",                                             // a bad %-escape in the path
        "POST /capture/a%E0%A4%A HTTP/1.0\r\nContent-Length: 0\r\n\r\n",                 // a truncated UTF-8 escape
        "GET /capture/a|b HTTP/1.0\r\n\r\n",                                             // a character RFC 3986 does not allow
        "POST /capture HTTP/1.0\r\nNo colon here\r\nContent-Length: 0\r\n\r\n",          // a header line that is no header
        "GET /records/%zz/outcome HTTP/1.0\r\n\r\n",                                   // the same on the outcome endpoint
    })
    void aRequestTomcatRefusesIsAMalformedRequestProblem(String request) throws IOException {
        String[] response = send(request);
        assertThat(response[0]).as(response[1]).startsWith("HTTP/1.1 400");
        assertThat(response[0]).containsIgnoringCase("content-type: application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response[1]);
        assertThat(problem.get("type").asString()).isEqualTo("https://trazo.dev/problems/malformed-request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).startsWith("refused before it reached the API: ").doesNotContain("java.", "Exception");
    }

    /** @return the head and the body of the response */
    private static String[] send(String request) throws IOException {
        String port = ingest.context().getEnvironment().getProperty("local.server.port");
        try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(port))) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.shutdownOutput();
            String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            assertThat(split).as("a complete response to %s, got %s", request, all).isPositive();
            return new String[] {all.substring(0, split), all.substring(split + 4)};
        }
    }
}

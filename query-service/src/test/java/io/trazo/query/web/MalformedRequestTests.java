package io.trazo.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.mongo.MongoTarget;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests that Tomcat refuses, sent as raw bytes to the running service: before the fix each got an HTML
 * page (or, inside the application, Boot's own error JSON), not the API's problem details.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MalformedRequestTests {

    /** Shared by every test of this JVM, which keep apart by database name. */
    private static final MongoTarget MONGO = MongoTarget.shared();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }


    @Value("${local.server.port}")
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "GET /records/%zz HTTP/1.0\r\n\r\n",                                        // a bad %-escape in the path
        "GET /lots/a%E0%A4%A HTTP/1.0\r\n\r\n",                                     // a truncated UTF-8 escape
        "GET /lots/a|b HTTP/1.0\r\n\r\n",                                           // a character RFC 3986 does not allow
        "GET /lots/a{b} HTTP/1.0\r\n\r\n",
        "GET /actuator/health HTTP/1.0\r\nNo colon here\r\n\r\n",                   // a header line that is no header
        "GET /actuator/health HTTP/1.0\r\nBa(d: x\r\n\r\n",                        // a header name with a separator in it
        "GET /actuator/health HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",              // two Host headers
        "GET /records?actor=urn:trazo:actor:x&from=%zz HTTP/1.0\r\n\r\n",           // a bad %-escape in the query string
        "GET /log/checkpoints?from=%zz HTTP/1.0\r\n\r\n",
    })
    void aRequestTomcatRefusesIsAMalformedRequestProblem(String request) throws IOException {
        Response response = send(request);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.head()).containsIgnoringCase("content-type: application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://trazo.dev/problems/malformed-request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).startsWith("refused before it reached the API: ")
                .doesNotContain("java.", "org.apache", "Exception");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/records?actor=urn:trazo:actor:x&from=%zz", "/log/checkpoints?from=%zz"})
    void aQueryParameterThatIsNotPercentEncodingIsNamedInTheProblem(String target) throws IOException {
        Response response = send("GET " + target + " HTTP/1.0\r\n\r\n");
        assertThat(response.status()).isEqualTo(400);
        assertThat(JsonMapper.builder().build().readTree(response.body()).get("detail").asString())
                .isEqualTo("refused before it reached the API: query parameter from: \"%zz\" is not valid percent-encoded UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET /actuator/health HTTP/9.9\r\n\r\n"})
    void anUnsupportedHttpVersionIsAProblemToo(String request) throws IOException {
        Response response = send(request);
        assertThat(response.status()).isEqualTo(505);
        assertThat(response.head()).containsIgnoringCase("content-type: application/problem+json");
        assertThat(response.body()).contains("\"type\":\"https://trazo.dev/problems/malformed-request\"");
    }

    record Response(int status, String head, String body) {}

    private Response send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            assertThat(split).as("a complete response to %s, got %s", request, all).isPositive();
            String head = all.substring(0, split);
            return new Response(Integer.parseInt(head.substring(9, 12)), head, all.substring(split + 4));
        }
    }
}

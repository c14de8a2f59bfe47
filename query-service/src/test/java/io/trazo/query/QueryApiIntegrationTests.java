package io.trazo.query;

import static io.trazo.demo.CoffeeJourney.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.bundle.BundleReport;
import io.trazo.ledger.bundle.BundleVerifier;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/** The whole service over the Mongo-wire stand-in, filled through the real append code with the coffee journey. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class QueryApiIntegrationTests {

    private static final SeededLedger LEDGER = SeededLedger.journey("trazo-it-");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        LEDGER.register(registry);
    }


    @Value("${local.server.port}")
    int port;

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build();
    }

    private ResponseEntity<String> get(String uri) {
        return http().get().uri(uri).retrieve().toEntity(String.class);
    }

    @Test
    void startsAndReportsHealthUp() {
        assertThat(get("/actuator/health").getBody()).contains("\"status\":\"UP\"");
    }

    @Test
    void theRetailLotsSummaryNamesBothPlotsOfOriginAndTheClaims() {
        ResponseEntity<String> r = get("/lots/" + RETAIL);
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        assertThat(r.getBody()).contains(PLOT_WOMEN, PLOT_ORGANIC, "\"custodian\":\"" + DemoParties.ROASTER + "\"", "organic",
                "women_produced", "\"upstreamRecords\":17");
    }

    @Test
    void aBundleDownloadedFromTheServiceVerifiesOfflineWithOnlyTheTrustRoot() {
        byte[] bundle = http().get().uri("/lots/" + RETAIL + "/bundle").retrieve().body(byte[].class);
        BundleReport report = new BundleVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard()).verify(bundle);
        assertThat(report.findings()).isEmpty();
        assertThat(report.records().orElseThrow().records()).hasSize(40);
    }

    @Test
    void serverSideVerificationReportsEveryRecordOfTheEvidenceOk() {
        String body = get("/lots/" + RETAIL + "/verification").getBody();
        assertThat(body).contains("\"ok\":true", "\"records\":40", "\"failed\":0");
    }

    @Test
    void tracesComeAsADagAndAsAJourneyWithPages() {
        assertThat(get("/lots/" + RETAIL + "/trace/upstream").getBody()).contains("\"totalRecords\":17");
        String page = get("/lots/" + RETAIL + "/trace/upstream?view=journey&limit=5").getBody();
        assertThat(page).contains("\"totalSteps\":17", "\"next\":\"");
        assertThat(get("/lots/" + CHERRY_WOMEN + "/trace/downstream").getBody()).contains("\"totalRecords\":15");
    }

    @Test
    void recordsAreFoundByHashEventIdActorAndBusinessStep() {
        String sale = get("/records?bizStep=retail_selling").getBody();
        assertThat(sale).contains("\"actor\":\"" + DemoParties.ROASTER + "\"");
        String hash = sale.replaceAll("(?s).*?\"hash\":\"([0-9a-f]{64})\".*", "$1");
        assertThat(get("/records/" + hash).getStatusCode().value()).isEqualTo(200);
        String eventId = sale.replaceAll("(?s).*?\"eventId\":\"([^\"]+)\".*", "$1");
        assertThat(get("/records?eventId=" + eventId).getBody()).contains(hash);
        String byActor = get("/records?actor=" + DemoParties.COOPERATIVE + "&limit=2").getBody();
        assertThat(byActor).contains("\"next\":\"");
    }

    @Test
    void actorsAreListedWithTheirKeys() {
        assertThat(get("/actors/" + DemoParties.ROASTER).getBody()).contains("Rose City Roasters", "\"keyId\":\"ed25519:");
        assertThat(get("/actors?limit=3").getBody()).contains("\"next\":\"urn:trazo:actor:");
    }

    @Test
    void theActorListShowsEachActorsKeysAsTheActorItselfDoes() {
        String roaster = get("/actors/" + DemoParties.ROASTER).getBody();
        String keyId = roaster.replaceAll("(?s).*?\"keyId\":\"(ed25519:[0-9a-f]+)\".*", "$1");
        String list = get("/actors?limit=50").getBody();
        assertThat(list).contains("\"keyId\":\"" + keyId + "\"").doesNotContain("\"keys\":[]");
    }

    @Test
    void theEpcisQueryReturnsAQueryDocumentWithTheMatchingEvents() {
        String doc = get("/events?MATCH_anyEPC=" + CONTAINER + "&EQ_bizStep=shipping").getBody();
        assertThat(doc).contains("\"type\":\"EPCISQueryDocument\"", "\"eventList\":[{", "ni:///sha-256;");
        assertThat(doc.split("\"eventID\"").length - 1).isEqualTo(1);
        String byStep = get("/events?EQ_bizStep=receiving&GE_eventTime=2026-10-01T00:00:00Z&LT_eventTime=2026-11-01T00:00:00Z").getBody();
        assertThat(byStep.split("\"eventID\"").length - 1).isEqualTo(3);
        String plot = get("/events?EQ_bizLocation=" + PLOT_WOMEN).getBody();
        assertThat(plot.split("\"eventID\"").length - 1).isEqualTo(1);
    }

    @Test
    void errorsAreProblemDetailsWithStableTypes() {
        ResponseEntity<String> unknown = get("/lots/urn:trazo:lot:nobody:nothing");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(unknown.getBody()).contains("\"type\":\"https://trazo.dev/problems/unknown-lot\"");
        ResponseEntity<String> tooLarge = get("/lots/" + RETAIL + "/trace/upstream?maxRecords=5");
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(422);
        assertThat(tooLarge.getBody()).contains("trace-too-large", "\"limit\":5");
        ResponseEntity<String> bad = get("/records?actor=" + DemoParties.ROASTER + "&from=yesterday");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).contains("bad-parameter", "\"parameter\":\"from\"");
    }

    @Test
    void theOpenApiDescriptionIsServed() {
        assertThat(get("/v3/api-docs").getBody()).contains("\"openapi\":\"3.", "/lots/{lot}/bundle", "/lots/{lot}/page", "/events", "Trazo-Log-Evidence");
    }

    /** Tomcat's default closes a keep-alive connection after 100 requests; clients then reconnect mid-load. */
    @Test
    void oneKeepAliveConnectionServesWellOverAHundredRequests() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            OutputStream out = socket.getOutputStream();
            for (int i = 1; i <= 150; i++) {
                out.write("GET /actuator/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                List<String> headers = new ArrayList<>();
                for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                    headers.add(line.toLowerCase(Locale.ROOT));
                }
                assertThat(headers.get(0)).as("response %d", i).startsWith("http/1.1 200");
                assertThat(headers).as("response %d", i).noneMatch(h -> h.startsWith("connection:") && h.contains("close"));
                Optional<Integer> length = headers.stream().filter(h -> h.startsWith("content-length:"))
                        .map(h -> Integer.parseInt(h.substring("content-length:".length()).trim())).findFirst();
                if (length.isPresent()) {
                    in.readFully(new byte[length.get()]);
                } else {
                    assertThat(headers).contains("transfer-encoding: chunked");
                    for (int size = Integer.parseInt(readLine(in), 16); size > 0; size = Integer.parseInt(readLine(in), 16)) {
                        in.readFully(new byte[size]);
                        readLine(in);
                    }
                    readLine(in);
                }
            }
        }
    }

    private static String readLine(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed after: " + line);
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}

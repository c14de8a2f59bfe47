package io.trazo.query.provenance;

import static io.trazo.demo.DemoParties.COOPERATIVE;
import static io.trazo.demo.DemoParties.EXPORTER;
import static io.trazo.demo.DemoParties.ROASTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.log.LogFixture;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.CoffeeJourneyV2;
import io.trazo.ledger.bundle.BundleFormat;
import io.trazo.query.CliRun;
import io.trazo.query.SeededLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operator-period bundles from query (protocol §18.1) over the Mongo-wire stand-in: the v2 demo journey appended
 * by the real append code and logged by the real sequencer; the CLI verifies the served bundle against the trust
 * root and the log key, and its offline mass balance is the API's, byte for byte.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PeriodBundleIntegrationTests {

    private static final SeededLedger LEDGER = SeededLedger.appending("trazo-period-bundles-", CoffeeJourneyV2.records());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void sequence() throws Exception {
        new LoggedLedger(LEDGER.uri(), LEDGER.name()).sequence();
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        LEDGER.register(registry);
    }

    @Value("${local.server.port}")
    int port;

    @ParameterizedTest
    @CsvSource({EXPORTER + ",organic", EXPORTER + ",women_produced", COOPERATIVE + ",fairtrade", ROASTER + ",eudr_deforestation_free"})
    void theClisMassBalanceOfTheOperatorsPeriodBundleIsByteForByteTheApis(String operator, String scheme, @TempDir Path dir)
            throws Exception {
        ResponseEntity<byte[]> served = http().get().uri("/actors/{actor}/bundle?from=2026-11-15&to=2026-11-15", operator).retrieve()
                .toEntity(byte[].class);
        assertThat(served.getStatusCode().value()).isEqualTo(200);
        assertThat(served.getHeaders().getFirst("Trazo-Log-Evidence")).isEqualTo("included");
        assertThat(BundleFormat.read(served.getBody()).period().orElseThrow().from()).hasToString("2026-10-01");
        Path bundle = Files.write(dir.resolve("period.json"), served.getBody());
        Path trustRoot = Files.writeString(dir.resolve("trust-root.txt"), CoffeeJourney.trustRoot().base64Url() + "\n");
        String logKey = LogFixture.signer().verifierKey().encode();

        CliRun verified = CliRun.of("verify-bundle", "--trust-root", trustRoot.toString(), "--log-key", logKey, "--require-status", bundle.toString());
        assertThat(verified.exit()).as(verified.out()).isZero();
        assertThat(verified.out()).contains("operator " + operator + " from 2026-10-01 to 2026-12-31", "the operator's period checks out");

        String online = get("/actors/" + operator + "/mass-balance?scheme=" + scheme + "&from=2026-10-01&to=2026-12-31").getBody();
        CliRun offline = CliRun.of("audit", "--trust-root", trustRoot.toString(), "--log-key", logKey, "--scheme", scheme, "--json", bundle.toString());
        assertThat(offline.out()).isEqualTo(online + "\n");
        assertThat(offline.exit()).isZero();
        assertThat(JSON.readTree(online).path("periods")).as("the balance compared is not empty").isNotEmpty();
    }

    @Test
    void theExportersOrganicQuarterBalancesByHand(@TempDir Path dir) throws Exception {
        JsonNode balance = JSON.readTree(get("/actors/" + EXPORTER + "/mass-balance?scheme=organic&from=2026-10-01&to=2026-12-31")
                .getBody());
        // received 262.5 kg of parchment, dry-milled all of it to 210 kg of green (× 0.8), shipped the 210 kg
        assertThat(balance.path("ok").asBoolean()).isTrue();
        assertThat(balance.path("periods")).hasSize(2).anySatisfy(p -> {
            assertThat(p.path("form").asString()).isEqualTo("parchment");
            assertThat(p.path("inputsKg").asString()).isEqualTo("262.5");
            assertThat(p.path("conversionOutKg").asString()).isEqualTo("262.5");
            assertThat(p.path("closingKg").asString()).isEqualTo("0");
        }).anySatisfy(p -> {
            assertThat(p.path("form").asString()).isEqualTo("green");
            assertThat(p.path("conversionInKg").asString()).isEqualTo("210");
            assertThat(p.path("outputsKg").asString()).isEqualTo("210");
            assertThat(p.path("closingKg").asString()).isEqualTo("0");
        });
        Path bundle = Files.write(dir.resolve("period.json"), http().get().uri("/actors/{actor}/bundle?from=2026-10-01&to=2026-12-31",
                EXPORTER).retrieve().body(byte[].class));
        Path trustRoot = Files.writeString(dir.resolve("trust-root.txt"), CoffeeJourney.trustRoot().base64Url() + "\n");
        CliRun people = CliRun.of("audit", "--trust-root", trustRoot.toString(), "--log-key", LogFixture.signer().verifierKey().encode(),
                "--scheme", "organic", bundle.toString());
        assertThat(people.out()).contains("2026-Q4 green: opening 0 kg + inputs 0 + converted in 210", "BALANCE OK",
                "not proven offline");
        assertThat(CliRun.of("audit", "--trust-root", trustRoot.toString(), bundle.toString()).exit()).as("no --scheme").isEqualTo(2);
    }

    @Test
    void badRequestsForAPeriodBundleAreProblems() throws Exception {
        ResponseEntity<String> nobody = get("/actors/urn:trazo:actor:nobody/bundle?from=2026-10-01&to=2026-12-31");
        assertThat(nobody.getStatusCode().value()).isEqualTo(404);
        assertThat(nobody.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(JSON.readTree(nobody.getBody()).path("type").asString()).isEqualTo("https://trazo.dev/problems/unknown-actor");
        for (String[] bad : new String[][] {{"from=2026-13-01&to=2026-12-31", "from"}, {"from=2026-10-01&to=soon", "to"},
                {"from=2026-12-01&to=2026-11-01", "to"}, {"from=2026-01-01&to=2027-01-01", "to"}}) {
            ResponseEntity<String> r = get("/actors/" + EXPORTER + "/bundle?" + bad[0]);
            assertThat(r.getStatusCode().value()).as(bad[0]).isEqualTo(400);
            JsonNode problem = JSON.readTree(r.getBody());
            assertThat(problem.path("type").asString()).isEqualTo("https://trazo.dev/problems/bad-parameter");
            assertThat(problem.path("parameter").asString()).as(bad[0]).isEqualTo(bad[1]);
        }
        assertThat(JSON.readTree(get("/actors/" + EXPORTER + "/bundle?from=2026-01-01&to=2027-01-01").getBody()).path("detail")
                .asString()).contains("longer than 4 quarters");
        assertThat(get("/actors/" + EXPORTER + "/bundle?from=2026-01-01&to=2026-12-31").getStatusCode().value()).isEqualTo(200);
        assertThat(get("/v3/api-docs").getBody()).contains("/actors/{actor}/bundle");
    }

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { })
                .build();
    }

    private ResponseEntity<String> get(String uri) {
        return http().get().uri(uri).retrieve().toEntity(String.class);
    }
}

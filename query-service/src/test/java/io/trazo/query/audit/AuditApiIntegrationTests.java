package io.trazo.query.audit;

import static io.trazo.demo.CoffeeJourney.CHERRY_WOMEN;
import static io.trazo.demo.CoffeeJourney.PARCHMENT;
import static io.trazo.demo.CoffeeJourney.RETAIL;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.query.CliRun;
import io.trazo.query.SeededLedger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
 * The certifier's side of the API over the Mongo-wire stand-in, filled through the real append code with
 * the v1 coffee journey (women-produced cherry mixed with organic cherry at the wet mill): claims with
 * their standing in the lot summary, an operator's mass balance, certificates by type, and the CLI's
 * offline audit of a bundle downloaded from the service giving the service's own answer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AuditApiIntegrationTests {

    private static final SeededLedger LEDGER = SeededLedger.journey("trazo-audit-it-");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        LEDGER.register(registry);
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void theHarvestsSummaryHoldsItsWomenProducedClaimValidAtIdentityPreserved() throws Exception {
        JsonNode claim = claim(CHERRY_WOMEN, "women_produced");
        assertThat(claim.path("status").asString()).isEqualTo("valid");
        assertThat(claim.path("level").asString()).isEqualTo("IP");
        assertThat(claim.path("reasons")).isEmpty();
        assertThat(claim.path("tainted").asBoolean()).isFalse();
        assertThat(claim.path("validAtEvent").asBoolean()).isTrue();
    }

    @Test
    void theParchmentsSummaryShowsTheClaimTheMergeDroppedAsInvalidNamingTheOtherInput() throws Exception {
        JsonNode claim = claim(PARCHMENT, "women_produced");
        assertThat(claim.path("status").asString()).isEqualTo("invalid");
        assertThat(claim.path("level").isNull()).isTrue();
        assertThat(claim.path("reasons")).singleElement().satisfies(r -> {
            assertThat(r.path("reason").asString()).isEqualTo("MIXED_WITH_NON_QUALIFYING");
            assertThat(r.path("detail").asString()).contains(CoffeeJourney.CHERRY_ORGANIC);
            assertThat(r.path("records").get(0).asString()).matches("[0-9a-f]{64}");
        });
    }

    @Test
    void theWomensFarmBalancesItsCherryHarvestAgainstItsHandoverToTheCooperative() throws Exception {
        JsonNode balance = json(get("/actors/" + DemoParties.FARM_WOMEN + "/mass-balance?scheme=women_produced").getBody());
        assertThat(balance.path("ok").asBoolean()).isTrue();
        // harvest 1,250 kg on 2026-10-06 under the women-produced certificate; received by the cooperative the same day
        assertThat(balance.path("periods")).singleElement().satisfies(p -> {
            assertThat(p.path("form").asString()).isEqualTo("cherry");
            assertThat(p.path("period").asString()).isEqualTo("2026-Q4");
            assertThat(p.path("openingKg").asString()).isEqualTo("0");
            assertThat(p.path("inputsKg").asString()).isEqualTo("1250");
            assertThat(p.path("inputsByCertificate").size()).isEqualTo(1);
            assertThat(p.path("outputsKg").asString()).isEqualTo("1250");
            assertThat(p.path("closingKg").asString()).isEqualTo("0");
            assertThat(p.path("errors")).isEmpty();
        });
        String later = get("/actors/" + DemoParties.FARM_WOMEN + "/mass-balance?scheme=women_produced&from=2027-01-01").getBody();
        assertThat(json(later).path("periods")).isEmpty();
        String within = get("/actors/" + DemoParties.FARM_WOMEN + "/mass-balance?scheme=women_produced&from=2026-12-31&to=2026-12-31").getBody();
        assertThat(json(within).path("periods")).hasSize(1);
    }

    @Test
    void massBalanceRefusesAnUnknownActorSchemeOrDateAsProblems() throws Exception {
        ResponseEntity<String> nobody = get("/actors/urn:trazo:actor:nobody/mass-balance?scheme=organic");
        assertThat(nobody.getStatusCode().value()).isEqualTo(404);
        assertThat(nobody.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(json(nobody.getBody()).path("type").asString()).isEqualTo("https://trazo.dev/problems/unknown-actor");
        for (String[] bad : new String[][] {{"scheme=kosher", "scheme"}, {"", "scheme"}, {"scheme=organic&from=2026-13-01", "from"},
                {"scheme=organic&to=yesterday", "to"}, {"scheme=organic&from=2026-12-01&to=2026-11-01", "to"}}) {
            ResponseEntity<String> r = get("/actors/" + DemoParties.FARM_WOMEN + "/mass-balance?" + bad[0]);
            assertThat(r.getStatusCode().value()).as(bad[0]).isEqualTo(400);
            assertThat(json(r.getBody()).path("type").asString()).isEqualTo("https://trazo.dev/problems/bad-parameter");
            assertThat(json(r.getBody()).path("parameter").asString()).as(bad[0]).isEqualTo(bad[1]);
        }
    }

    @Test
    void recordsFilterByTypeListsTheCertificatesAndRefusesAnUnknownType() throws Exception {
        JsonNode certificates = json(get("/records?type=certificate").getBody()).path("records");
        assertThat(certificates).hasSize(3).allSatisfy(r -> assertThat(r.path("type").asString()).isEqualTo("certificate"));
        assertThat(json(get("/records?type=plot").getBody()).path("records")).hasSize(2);
        assertThat(json(get("/records?type=certificate_status").getBody()).path("records")).isEmpty();
        ResponseEntity<String> unknown = get("/records?type=certificates");
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(json(unknown.getBody()).path("parameter").asString()).isEqualTo("type");
        assertThat(json(unknown.getBody()).path("detail").asString()).contains("certificate_status", "audit_report", "location");
    }

    @Test
    void theOpenApiDescriptionNamesTheCertifiersEndpointsAndFields() {
        assertThat(get("/v3/api-docs").getBody()).contains("/actors/{actor}/mass-balance", "MassBalanceView", "inputsByCertificate",
                "/lots/{lot}/audit",
                "chain-of-custody level at which this lot holds the claim", "a record type, e.g. certificate");
    }

    @ParameterizedTest
    @ValueSource(strings = {RETAIL, PARCHMENT, CHERRY_WOMEN})
    void theClisOfflineAuditOfTheLotsBundleIsByteForByteTheApisAudit(String lot, @TempDir Path dir) throws Exception {
        Path bundle = Files.write(dir.resolve("bundle.json"), http().get().uri("/lots/{lot}/bundle", lot).retrieve().body(byte[].class));
        Path trustRoot = Files.writeString(dir.resolve("trust-root.txt"), CoffeeJourney.trustRoot().base64Url() + "\n");
        String online = http().get().uri("/lots/{lot}/audit", lot).retrieve().body(String.class);
        CliRun offline = CliRun.of("audit", "--trust-root", trustRoot.toString(), "--json", bundle.toString());
        assertThat(offline.out()).isEqualTo(online + "\n");
        boolean clean = lot.equals(CHERRY_WOMEN);
        assertThat(offline.exit()).isEqualTo(clean ? 0 : 3);
        CliRun report = CliRun.of("audit", "--trust-root", trustRoot.toString(), bundle.toString());
        assertThat(report.out()).contains("lot        " + lot, clean ? "AUDIT CLEAN" : "AUDIT FINDINGS");
    }

    @Test
    void theCliAuditsNothingWhenTheBundleDoesNotVerify(@TempDir Path dir) throws Exception {
        byte[] bytes = http().get().uri("/lots/{lot}/bundle", RETAIL).retrieve().body(byte[].class);
        String tampered = new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"lot\":\"", "\"lot\":\"x");
        Path bundle = Files.writeString(dir.resolve("bundle.json"), tampered);
        Path trustRoot = Files.writeString(dir.resolve("trust-root.txt"), CoffeeJourney.trustRoot().base64Url() + "\n");
        CliRun offline = CliRun.of("audit", "--trust-root", trustRoot.toString(), "--json", bundle.toString());
        assertThat(offline.exit()).isEqualTo(1);
        assertThat(offline.out()).isEmpty();
    }

    private JsonNode claim(String lot, String scheme) throws Exception {
        JsonNode summary = json(get("/lots/" + lot).getBody());
        for (JsonNode c : summary.path("claims")) {
            if (c.path("claim").asString().equals(scheme)) {
                return c;
            }
        }
        throw new AssertionError("no " + scheme + " claim in " + summary);
    }

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { })
                .build();
    }

    private ResponseEntity<String> get(String uri) {
        return http().get().uri(uri).retrieve().toEntity(String.class);
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}

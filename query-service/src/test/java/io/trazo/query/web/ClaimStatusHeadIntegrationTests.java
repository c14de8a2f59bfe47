package io.trazo.query.web;

import static io.trazo.query.web.HeadViews.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.CertificateStatusFixtures;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.claim.Certificates;
import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.query.SeededLedger;
import io.trazo.query.audit.AuditLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A certificate suspended after the fact changes the standing of the claims resting on it without moving
 * any head or key status: the head view's evidence version moves instead, for the lots holding the claim only.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ClaimStatusHeadIntegrationTests {

    private static final SeededLedger LEDGER = SeededLedger.journey("trazo-claimstatus-");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        LEDGER.register(registry);
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    AuditLedger audits;

    private String get(String path) throws Exception {
        return HeadViews.ok(port, path);
    }

    @Test
    void suspendingACertificateMovesTheEvidenceOfTheLotHoldingItsClaimButNotItsHeadNorKeyStatusNorOtherLots() throws Exception {
        HeadViews.awaitWarm(audits);
        String organic = get("/lots/" + CoffeeJourney.CHERRY_ORGANIC + "/head");
        String women = get("/lots/" + CoffeeJourney.CHERRY_WOMEN + "/head");
        assertThat(field(organic, "evidence")).matches("[0-9a-f]{64}");
        assertThat(get("/lots/" + CoffeeJourney.CHERRY_ORGANIC + "/head")).as("stable while nothing changes").isEqualTo(organic);

        byte[] certificate = CoffeeJourney.records().stream().filter(w -> RecordCodec.parse(w).type() == RecordType.CERTIFICATE)
                .filter(w -> Certificates.read(RecordCodec.parse(w)).claim() == ClaimType.ORGANIC).findFirst().orElseThrow();
        AppendOutcome outcome = new Appender(LEDGER.store(), TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard())
                .append(CertificateStatusFixtures.suspension(certificate));
        assertThat(outcome).isInstanceOf(AppendOutcome.Accepted.class);

        String after = get("/lots/" + CoffeeJourney.CHERRY_ORGANIC + "/head");
        assertThat(field(after, "head")).isEqualTo(field(organic, "head"));
        assertThat(field(after, "keyStatus")).isEqualTo(field(organic, "keyStatus"));
        assertThat(field(after, "evidence")).isNotEqualTo(field(organic, "evidence"));
        assertThat(get("/lots/" + CoffeeJourney.CHERRY_ORGANIC)).contains("TAINTED_BY_SUSPENSION");
        assertThat(get("/lots/" + CoffeeJourney.CHERRY_WOMEN + "/head")).as("no claim of the women's cherry rests on it").isEqualTo(women);
    }
}

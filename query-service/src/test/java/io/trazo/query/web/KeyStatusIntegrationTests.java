package io.trazo.query.web;

import static io.trazo.query.web.HeadViews.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.query.SeededLedger;
import io.trazo.query.audit.AuditLedger;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A revocation fails a lot's records without moving its head: the head view's keyStatus moves instead. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class KeyStatusIntegrationTests {

    private static final SeededLedger LEDGER = SeededLedger.journey("trazo-keystatus-");

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
    void revokingASignersKeyChangesTheLotsKeyStatusButNotItsHeadAndLeavesOtherLotsAlone() throws Exception {
        HeadViews.awaitWarm(audits);
        String retail = get("/lots/" + CoffeeJourney.RETAIL + "/head");
        String cherry = get("/lots/" + CoffeeJourney.CHERRY_WOMEN + "/head");
        assertThat(field(retail, "keyStatus")).matches("[0-9a-f]{64}");
        assertThat(get("/lots/" + CoffeeJourney.RETAIL + "/head")).as("stable while nothing changes").isEqualTo(retail);
        assertThat(get("/lots/" + CoffeeJourney.RETAIL + "/verification")).contains("\"ok\":true");

        byte[] sale = CoffeeJourney.records().get(CoffeeJourney.records().size() - 1);
        Instant saleTime = RecordCodec.parse(sale).time();
        JourneyLedger.revoke(LEDGER.store(), DemoParties.ROASTER, saleTime.minusSeconds(1));

        String after = get("/lots/" + CoffeeJourney.RETAIL + "/head");
        assertThat(field(after, "head")).isEqualTo(field(retail, "head"));
        assertThat(field(after, "keyStatus")).isNotEqualTo(field(retail, "keyStatus"));
        assertThat(get("/lots/" + CoffeeJourney.RETAIL + "/verification")).contains("KEY_REVOKED");
        assertThat(get("/lots/" + CoffeeJourney.CHERRY_WOMEN + "/head")).as("the roaster signs nothing upstream of the cherry")
                .isEqualTo(cherry);
    }
}

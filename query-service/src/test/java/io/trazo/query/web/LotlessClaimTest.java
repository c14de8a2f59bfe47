package io.trazo.query.web;

import static io.trazo.demo.CoffeeJourney.PLOT_WOMEN;
import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.log.LogStores;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.demo.JourneyBuilder;
import io.trazo.ledger.claim.Certificates;
import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.event.Vocabulary;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.query.provenance.LotSummaries;
import io.trazo.query.provenance.Provenance;
import io.trazo.query.store.IntegrityAlarm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** A claim that lists no lots covers every lot its event touches (docs/protocol.md §8.1), a harvest's lot included. */
@WebMvcTest(LotController.class)
@Import({LotlessClaimTest.Ledger.class, LotSliceBeans.class, Provenance.class, LotSummaries.class, io.trazo.query.audit.AuditLedger.class, ProblemHandler.class,
        IntegrityAlarm.class})
class LotlessClaimTest {

    static final String HARVEST = "urn:trazo:lot:asomucafe-villamaria:cherry-2026-099";

    @TestConfiguration(proxyBeanMethods = false)
    static class Ledger {

        /** The journey, then one more harvest whose women-produced claim names no lots. */
        static InMemoryLedgerStore withLotlessHarvestClaim() {
            InMemoryLedgerStore store = JourneyLedger.inMemory();
            SignedRecord women = JourneyLedger.parsed().stream().filter(r -> r.type() == RecordType.CERTIFICATE)
                    .filter(r -> Certificates.read(r).claim() == ClaimType.WOMEN_PRODUCED).findFirst().orElseThrow();
            JourneyBuilder builder = new JourneyBuilder(new DemoParties());
            builder.event(DemoParties.FARM_WOMEN, null, obj("type", "ObjectEvent", "eventTime", "2026-10-09T08:00:00.000-05:00",
                    "eventTimeZoneOffset", "-05:00", "action", "ADD", "bizStep", Vocabulary.trazoStep("harvesting"),
                    "bizLocation", obj("id", PLOT_WOMEN), "quantityList", arr(obj("epcClass", HARVEST, "quantity", 640, "uom", "KGM"))),
                    List.of(obj("certificate", women.hash().hex())), List.of());
            AppendOutcome outcome = new Appender(store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard())
                    .append(builder.records().get(0));
            if (!(outcome instanceof AppendOutcome.Accepted)) {
                throw new IllegalStateException("harvest not accepted: " + outcome);
            }
            return store;
        }

        @Bean
        LotSliceBeans.SliceLedger ledger() {
            return new LotSliceBeans.SliceLedger(withLotlessHarvestClaim(), LogStores.inMemory());
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aHarvestClaimWithoutLotsCoversTheHarvestedLot() throws Exception {
        mvc.perform(get("/lots/{lot}", HARVEST)).andExpect(status().isOk())
                .andExpect(jsonPath("$.claims.length()").value(1))
                .andExpect(jsonPath("$.claims[0].claim").value("women_produced"))
                .andExpect(jsonPath("$.claims[0].lots[0]").value(HARVEST));
    }
}

package io.trazo.query.audit;

import static io.trazo.demo.CoffeeJourney.CHERRY_WOMEN;
import static io.trazo.demo.CoffeeJourney.GREEN_BAG_1;
import static io.trazo.demo.CoffeeJourney.PARCHMENT;
import static io.trazo.demo.CoffeeJourney.RETAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.trazo.audit.AuditFold;
import io.trazo.audit.AuditRecord;
import io.trazo.audit.Fsma204Csv;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.store.LedgerReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The audit endpoints over the journey appended by the real append code into the in-memory store. */
@WebMvcTest(AuditController.class)
@Import({AuditControllerTest.Ledger.class, AuditLedger.class, AuditProblems.class})
class AuditControllerTest {

    @TestConfiguration
    static class Ledger {

        static final InMemoryLedgerStore LEDGER = JourneyLedger.inMemory();

        @Bean
        LedgerReader reader() {
            return LEDGER;
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theParchmentsAuditShowsItsValidHarvestClaimsAndTheClaimsTheMergeDropped() throws Exception {
        mvc.perform(get("/lots/{lot}/audit", PARCHMENT)).andExpect(status().isOk())
                .andExpect(jsonPath("$.holdings.length()").value(0))
                .andExpect(jsonPath("$.claims.length()").value(3))
                .andExpect(jsonPath("$.claims[?(@.lot == '" + CHERRY_WOMEN + "')].status").value("valid"))
                .andExpect(jsonPath("$.claims[?(@.lot == '" + CHERRY_WOMEN + "')].level").value("IP"))
                .andExpect(jsonPath("$.findings[?(@.reason == 'MIXED_WITH_NON_QUALIFYING')]", org.hamcrest.Matchers.hasSize(3)))
                .andExpect(jsonPath("$.tainted").value(false));
    }

    @Test
    void theGreenBagsAuditFlagsTheDryMillsYieldWithItsRecords() throws Exception {
        mvc.perform(get("/lots/{lot}/audit", GREEN_BAG_1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.reason == 'YIELD_OUT_OF_BAND')].records[0]").exists());
    }

    @Test
    void theOfflineFoldOfTheSameRecordsGivesTheSameCsvAsTheApi() throws Exception {
        AuditFold offline = AuditFold.withDefaults();
        CoffeeJourney.records().forEach(w -> offline.accept(AuditRecord.of(RecordCodec.parse(w))));
        byte[] api = mvc.perform(get("/lots/{lot}/fsma204.csv", RETAIL)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv")).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(api, StandardCharsets.UTF_8)).isEqualTo(new String(Fsma204Csv.forLot(offline, RETAIL), StandardCharsets.UTF_8));
    }

    @Test
    void theV1DemosGeoJsonIsRefusedAsAProblemNamingThePlot() throws Exception {
        mvc.perform(get("/lots/{lot}/eudr.geojson", RETAIL)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://trazo.dev/problems/audit/eudr-geometry"))
                .andExpect(jsonPath("$.rule").value("PRECISION_BELOW_6_DECIMALS"))
                .andExpect(jsonPath("$.plot").value(org.hamcrest.Matchers.startsWith("urn:trazo:plot:")));
    }

    @Test
    void anUnknownLotIsA404Problem() throws Exception {
        mvc.perform(get("/lots/{lot}/audit", "urn:trazo:lot:nobody:nothing")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://trazo.dev/problems/unknown-lot"))
                .andExpect(jsonPath("$.lot").value("urn:trazo:lot:nobody:nothing"));
    }
}

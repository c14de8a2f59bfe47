package io.trazo.query.web;

import static io.trazo.demo.CoffeeJourney.RETAIL;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.trazo.append.log.FencingToken;
import io.trazo.append.log.Integration;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.MutableClock;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.query.provenance.LotSummaries;
import io.trazo.query.provenance.Provenance;
import io.trazo.query.store.IntegrityAlarm;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The lot endpoints over the in-memory store, filled by the real append code with the coffee journey. */
@WebMvcTest(LotController.class)
@Import({LotControllerTest.Journey.class, LotSliceBeans.class, Provenance.class, LotSummaries.class, io.trazo.query.audit.AuditLedger.class, ProblemHandler.class,
        IntegrityAlarm.class})
class LotControllerTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Journey {

        /** The journey, with its log integrated by the real sequencer under the test log key. */
        @Bean
        LotSliceBeans.SliceLedger journey() throws Exception {
            InMemoryLedgerStore ledger = JourneyLedger.inMemory();
            LogStores log = LogStores.inMemory();
            Sequencer sequencer = new Sequencer(ledger, log, LogFixture.signer(), new SequencerPolicy(1000, Duration.ZERO),
                    MutableClock.atEpoch());
            while (sequencer.integrate(new FencingToken(1)) instanceof Integration.Committed) {
                // next batch
            }
            return new LotSliceBeans.SliceLedger(ledger, log);
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theSummaryNamesTheRoasterAsCustodianAndTheRetailQuantity() throws Exception {
        mvc.perform(get("/lots/{lot}", RETAIL)).andExpect(status().isOk())
                .andExpect(jsonPath("$.custodian").value("urn:trazo:actor:rose-city-roasters"))
                .andExpect(jsonPath("$.plotsOfOrigin.length()").value(2))
                .andExpect(jsonPath("$.claims.length()").value(3));
    }

    @Test
    void theJourneyViewPagesInEventTimeOrder() throws Exception {
        mvc.perform(get("/lots/{lot}/trace/upstream", RETAIL).param("view", "journey").param("limit", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[0].bizStep").value("https://ns.trazo.dev/voc/BizStep-harvesting"))
                .andExpect(jsonPath("$.steps.length()").value(2))
                .andExpect(jsonPath("$.next").isString());
    }

    @Test
    void anUnknownLotIsA404ProblemNamingTheLot() throws Exception {
        mvc.perform(get("/lots/{lot}", "urn:trazo:lot:nobody:nothing")).andExpect(status().isNotFound())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://trazo.dev/problems/unknown-lot"))
                .andExpect(jsonPath("$.lot").value("urn:trazo:lot:nobody:nothing"));
    }

    @Test
    void aTracePastItsBoundIsA422ProblemWithTheBound() throws Exception {
        mvc.perform(get("/lots/{lot}/trace/upstream", RETAIL).param("maxRecords", "3")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://trazo.dev/problems/trace-too-large"))
                .andExpect(jsonPath("$.limit").value(3));
    }

    @Test
    void theBundleSaysInAHeaderThatItCarriesLogEvidenceAndAgainstWhichTreeSize() throws Exception {
        mvc.perform(get("/lots/{lot}/bundle", RETAIL)).andExpect(status().isOk())
                .andExpect(header().string("Trazo-Log-Evidence", "included"))
                .andExpect(header().string("Trazo-Log-Tree-Size", Integer.toString(LogFixture.JOURNEY.size())))
                .andExpect(jsonPath("$.log.v").value(1))
                .andExpect(jsonPath("$.log.proofs.length()").value(40));
    }

    @Test
    void badParametersAreA400ProblemNamingTheParameter() throws Exception {
        mvc.perform(get("/lots/{lot}/trace/sideways", RETAIL)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://trazo.dev/problems/bad-parameter"))
                .andExpect(jsonPath("$.parameter").value("direction"));
        mvc.perform(get("/lots/{lot}/trace/upstream", RETAIL).param("limit", "0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
        mvc.perform(get("/lots/{lot}/trace/upstream", RETAIL).param("cursor", "bm9wZQ")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("cursor"));
        mvc.perform(get("/lots/{lot}", "not-a-lot")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("lot"));
        mvc.perform(get("/lots/{lot}/trace/upstream", RETAIL).param("limit", "ten")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"))
                .andExpect(jsonPath("$.detail").value("limit: expected a whole number, got \"ten\""));
    }
}

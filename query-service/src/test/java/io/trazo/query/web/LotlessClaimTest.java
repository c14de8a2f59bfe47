package io.trazo.query.web;

import static io.trazo.demo.CoffeeJourney.PLOT_WOMEN;
import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.log.LogStores;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.demo.JourneyBuilder;
import io.trazo.ledger.bundle.PlotDirectory;
import io.trazo.ledger.claim.Certificates;
import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.event.Vocabulary;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.query.QueryProperties;
import io.trazo.query.provenance.LotSummaries;
import io.trazo.query.provenance.Provenance;
import io.trazo.query.store.IntegrityAlarm;
import io.trazo.query.store.LogLeafCheck;
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
@Import({LotlessClaimTest.Ledger.class, Provenance.class, LotSummaries.class, io.trazo.query.audit.AuditLedger.class, ProblemHandler.class,
        IntegrityAlarm.class})
class LotlessClaimTest {

    static final String HARVEST = "urn:trazo:lot:asomucafe-villamaria:cherry-2026-099";

    @TestConfiguration
    static class Ledger {

        static final InMemoryLedgerStore LEDGER = withLotlessHarvestClaim();
        static final LogStores LOG = LogStores.inMemory();

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
        LedgerReader reader() {
            return LEDGER;
        }

        @Bean
        LogProofs logProofs() {
            return new LogProofs(LOG.tiles(), LOG.leaves(), LOG.history());
        }

        @Bean
        LogLeafCheck logLeafCheck() {
            return new LogLeafCheck(LOG.tiles(), LOG.leaves(), LOG.history());
        }

        /** Format 2's members from the same log: this log has no map-root leaves, so its bundles stay format 1. */
        @Bean
        io.trazo.query.provenance.BundleMembers bundleMembers(IntegrityAlarm alarm) {
            return new io.trazo.query.provenance.BundleMembers(new io.trazo.query.provenance.StatusMapSnapshots(LOG.leaves(), LEDGER),
                    LOG.tiles(), size -> List.of(), alarm);
        }

        @Bean
        MeterRegistry meters() {
            return new SimpleMeterRegistry();
        }

        @Bean
        PlotDirectory plots() {
            return JourneyLedger.plots();
        }

        /** The journeys hold no certificate_status records. */
        @Bean
        io.trazo.ledger.bundle.CertificateStatusDirectory certificateStatuses() {
            return io.trazo.ledger.bundle.CertificateStatusDirectory.none();
        }

        @Bean
        QueryProperties properties() {
            return new QueryProperties("unused", List.of(CoffeeJourney.trustRoot().base64Url()), 100, 50, 1000, 1);
        }

        @Bean
        io.trazo.query.provenance.CacheProperties caches() {
            return new io.trazo.query.provenance.CacheProperties(1000, 1000);
        }

        /** No location records in this ledger: journeys carry no places. */
        @Bean
        io.trazo.query.location.GlnLocations places(LedgerReader reader) {
            return new io.trazo.query.location.GlnLocations(reader, gln -> List.of());
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

package io.trazo.query.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.log.LogStores;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.bundle.CertificateStatusDirectory;
import io.trazo.ledger.bundle.PlotDirectory;
import io.trazo.ledger.crypto.VerifiedSignatures;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.query.QueryProperties;
import io.trazo.query.location.GlnLocations;
import io.trazo.query.provenance.BundleMembers;
import io.trazo.query.provenance.CacheProperties;
import io.trazo.query.provenance.StatusMapSnapshots;
import io.trazo.query.store.IntegrityAlarm;
import io.trazo.query.store.LogLeafCheck;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The beans {@link LotController}'s web slice needs around one in-memory ledger and its log. A test
 * imports this and supplies its ledger as a {@link SliceLedger} bean, so each test says only what its
 * ledger holds.
 */
@TestConfiguration(proxyBeanMethods = false)
class LotSliceBeans {

    /** The ledger a slice serves and the log over it (empty, or integrated by the real sequencer). */
    record SliceLedger(InMemoryLedgerStore store, LogStores log) {}

    @Bean
    LedgerReader reader(SliceLedger ledger) {
        return ledger.store();
    }

    @Bean
    LogProofs logProofs(SliceLedger ledger) {
        return new LogProofs(ledger.log().tiles(), ledger.log().leaves(), ledger.log().history());
    }

    @Bean
    LogLeafCheck logLeafCheck(SliceLedger ledger) {
        return new LogLeafCheck(ledger.log().tiles(), ledger.log().leaves(), ledger.log().history());
    }

    /** Format 2's members from the same log: a log without map-root leaves keeps its bundles at format 1. */
    @Bean
    BundleMembers bundleMembers(SliceLedger ledger, IntegrityAlarm alarm) {
        return new BundleMembers(new StatusMapSnapshots(ledger.log().leaves(), ledger.store()), ledger.log().tiles(),
                size -> List.of(), alarm);
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
    CertificateStatusDirectory certificateStatuses() {
        return CertificateStatusDirectory.none();
    }

    @Bean
    QueryProperties properties() {
        return new QueryProperties("unused", List.of(CoffeeJourney.trustRoot().base64Url()), 100, 50, 1000, 1);
    }

    @Bean
    CacheProperties caches() {
        return new CacheProperties(1000, 1000);
    }

    /** The service's one signature memo; the slice runs no verify-ahead, so only its requests fill it. */
    @Bean
    VerifiedSignatures verifiedSignatures(CacheProperties caches) {
        return new VerifiedSignatures(caches.verifiedSignatures());
    }

    /** No location records in these ledgers: journeys carry no places. */
    @Bean
    GlnLocations places(LedgerReader reader) {
        return new GlnLocations(reader, gln -> List.of());
    }
}

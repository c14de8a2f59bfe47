package io.trazo.ledger.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.CoffeeJourneyV2;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.plot.Plots;
import io.trazo.ledger.provenance.ProvenanceWalker;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The v2 demo's retail bag, whose GS1 lots the exporter and the roaster opened under delegations: its
 * bundle carries those delegations, so it verifies offline as ingest accepted it (protocol §11, §18).
 */
class V2DemoBundleTest {

    @Test
    void theBagsBundleCarriesTheDelegationsThatLetItsGs1LotsBeOpenedAndVerifies() {
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        Appender appender = new Appender(store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
        Map<String, Digest> plots = new HashMap<>();
        for (byte[] wire : CoffeeJourneyV2.records()) {
            assertThat(appender.append(wire)).isInstanceOf(AppendOutcome.Accepted.class);
            SignedRecord r = RecordCodec.parse(wire);
            if (r.type() == RecordType.PLOT) {
                plots.put(Plots.read(r).plotId(), r.hash());
            }
        }
        byte[] bundle = new BundleExporter(store, (plotId, registrant) -> Optional.ofNullable(plots.get(plotId)))
                .export(new ProvenanceWalker(store).upstream(CoffeeJourneyV2.RETAIL, 1000));

        assertThat(BundleFormat.read(bundle).records()).filteredOn(w -> RecordCodec.parse(w).type() == RecordType.DELEGATION)
                .hasSize(2);
        BundleReport report = new BundleVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard()).verify(bundle);
        assertThat(report.ok()).as(report.findings().toString()).isTrue();

        // without its plot the v2 harvest fails offline as ingest deferred it (protocol §8.1), before the bundle's shape
        byte[] plotless = Bundles.withRecords(bundle, records -> records.stream()
                .filter(w -> RecordCodec.parse(w).type() != RecordType.PLOT).collect(java.util.stream.Collectors.toList()));
        BundleReport refused = new BundleVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard()).verify(plotless);
        assertThat(refused.reason().orElseThrow().code()).as(refused.findings().toString()).isEqualTo(ReasonCode.EVIDENCE_MISSING);
        assertThat(refused.reason().orElseThrow().path()).endsWith("/body/event/bizLocation/id");
        assertThat(refused.findings()).extracting(f -> f.code()).contains(ReasonCode.BUNDLE_INCOMPLETE);
    }
}

package io.trazo.append;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.verify.Finding;
import io.trazo.ledger.verify.RecordReport;
import io.trazo.ledger.verify.Verifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The plot a v2 event happens on is evidence it depends on (docs/protocol.md §8.1): until its registrant's
 * plot record is accepted, ingest defers the event ({@code EVIDENCE_MISSING}) and an offline verifier
 * refuses it with the same code at the same pointer; v1 keeps its verdict.
 */
class PlotEvidenceTest {

    private static final List<byte[]> JOURNEY = CoffeeJourney.records();
    private static final TrustRoot TRUST_ROOT = TrustRoot.of(CoffeeJourney.trustRoot());
    private static final String PLOT_ID = "urn:trazo:plot:finca-el-mirador:lote-nuevo";
    private static final byte[] PLOT = EvidenceRecords.plot(PLOT_ID);

    @Test
    void aV2HarvestOnAPlotNotYetInTheLedgerWaitsAtIngestThenIsAcceptedAndFailsOfflineWithTheSameFinding() {
        byte[] harvest = EvidenceRecords.harvestOn(ProtocolVersion.V2, "cherry-2026-300", PLOT_ID);

        Finding offline = offline(harvest).orElseThrow();
        assertThat(offline.code()).isEqualTo(ReasonCode.EVIDENCE_MISSING);
        assertThat(offline.path()).isEqualTo("/body/event/bizLocation/id");
        Appender appender = journey();
        assertThat(appender.append(harvest)).isInstanceOfSatisfying(AppendOutcome.Deferred.class,
                d -> assertThat(d.code()).isEqualTo(ReasonCode.EVIDENCE_MISSING));

        assertThat(appender.append(PLOT)).isInstanceOf(AppendOutcome.Accepted.class);
        assertThat(appender.append(harvest)).isInstanceOf(AppendOutcome.Accepted.class);
        assertThat(offline(PLOT, harvest)).isEmpty();
        assertThat(offline(harvest, PLOT)).as("a plot links nothing: wherever it sits in the set").isEmpty();
    }

    @Test
    void theBatchPathWaitsForThePlotAndTakesOneLaterInTheSameBatch() {
        byte[] harvest = EvidenceRecords.harvestOn(ProtocolVersion.V2, "cherry-2026-301", PLOT_ID);

        assertThat(journey().appendAll(List.of(harvest))).singleElement().isInstanceOfSatisfying(AppendOutcome.Deferred.class,
                d -> assertThat(d.code()).isEqualTo(ReasonCode.EVIDENCE_MISSING));
        assertThat(journey().appendAll(List.of(harvest, PLOT))).allSatisfy(o -> assertThat(o).isInstanceOf(AppendOutcome.Accepted.class));
    }

    @Test
    void anotherActorsPlotUnderThatIdIsNotTheHarvestsEvidence() {
        String othersPlot = CoffeeJourney.records().stream().map(io.trazo.ledger.record.RecordCodec::parse)
                .filter(r -> r.type() == io.trazo.ledger.record.RecordType.PLOT && !r.actor().equals(DemoParties.FARM_ORGANIC))
                .map(r -> io.trazo.ledger.plot.Plots.read(r).plotId()).findFirst().orElseThrow();
        byte[] harvest = EvidenceRecords.harvestOn(ProtocolVersion.V2, "cherry-2026-302", othersPlot);

        assertThat(journey().append(harvest)).isInstanceOfSatisfying(AppendOutcome.Deferred.class,
                d -> assertThat(d.code()).isEqualTo(ReasonCode.EVIDENCE_MISSING));
        assertThat(offline(harvest).map(Finding::code)).hasValue(ReasonCode.EVIDENCE_MISSING);
    }

    @Test
    void aV1HarvestOnAnUnknownPlotKeepsItsVerdictOnBothPaths() {
        byte[] harvest = EvidenceRecords.harvestOn(ProtocolVersion.V1, "cherry-2026-303", PLOT_ID);

        assertThat(offline(harvest)).isEmpty();
        assertThat(journey().append(harvest)).isInstanceOf(AppendOutcome.Accepted.class);
    }

    private static Appender journey() {
        Appender appender = new Appender(new InMemoryLedgerStore(), TRUST_ROOT, RolePolicy.standard());
        JOURNEY.forEach(appender::append);
        return appender;
    }

    /** The first finding on the harvest (the event among {@code records}) verified after the journey. */
    private static Optional<Finding> offline(byte[]... records) {
        List<byte[]> set = new ArrayList<>(JOURNEY);
        set.addAll(List.of(records));
        List<RecordReport> reports = new Verifier(TRUST_ROOT, RolePolicy.standard()).verify(set).records();
        reports.forEach(r -> assertThat(r.findings().stream().filter(f -> f.code() != ReasonCode.EVIDENCE_MISSING)).as("setup").isEmpty());
        return reports.stream().flatMap(r -> r.findings().stream()).findFirst();
    }
}

package io.trazo.append;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.DemoParties;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * {@link LedgerStore#plot}'s contract, which the append path's plot evidence rests on (protocol §8.1): only an
 * accepted plot record of the registrant answers. Every adapter's test extends this class (ledger-append test-jar).
 */
public abstract class PlotLookupContractTest {

    private static final String PLOT_ID = "urn:trazo:plot:finca-el-mirador:contract";

    protected abstract LedgerStore newStore();

    @Test
    void onlyAnAcceptedPlotRecordOfTheRegistrantAnswers() {
        LedgerStore store = newStore();
        SignedRecord plot = RecordCodec.parse(EvidenceRecords.plot(PLOT_ID));
        store.insertPending(new StoredRecord(plot.hash(), EvidenceRecords.plot(PLOT_ID), plot.type(), plot.actor(), plot.time(), Map.of(),
                RecordState.PENDING, OptionalLong.empty(), Optional.empty()));
        assertThat(store.plot(PLOT_ID, DemoParties.FARM_ORGANIC)).as("pending").isEmpty();

        assertThat(store.markAccepted(plot.hash(), store.nextPosition())).isTrue();
        assertThat(store.plot(PLOT_ID, DemoParties.FARM_ORGANIC)).contains(plot.hash());
        assertThat(store.plot(PLOT_ID, DemoParties.FARM_WOMEN)).as("another registrant").isEmpty();
        assertThat(store.plot(PLOT_ID + "-other", DemoParties.FARM_ORGANIC)).as("another plot").isEmpty();
    }
}

package io.trazo.ledger.provenance;

import static io.trazo.demo.CoffeeJourney.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.RecordType;
import io.trazo.append.ForwardingLedgerStore;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.StoredRecord;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProvenanceWalkerTest {

    private final InMemoryLedgerStore store = JourneyLedger.inMemory();
    private final ProvenanceWalker walker = new ProvenanceWalker(store);

    @Test
    void theRetailLotsUpstreamReachesBothHarvestsThroughTheMergeAndTheSplit() {
        Trace trace = walker.upstream(RETAIL, 1000);
        List<String> steps = trace.records().stream().map(t -> t.event().orElseThrow().event().bizStep()).toList();
        assertThat(trace.records()).allSatisfy(t -> assertThat(t.record().type()).isEqualTo(RecordType.EVENT));
        assertThat(trace.records()).hasSize(17);
        assertThat(steps.stream().filter(s -> s.endsWith("harvesting"))).hasSize(2);
        assertThat(trace.records()).isSortedAccordingTo((a, b) -> Long.compare(a.position(), b.position()));
        assertThat(trace.head()).isEqualTo(trace.records().get(trace.records().size() - 1).record().hash());
    }

    @Test
    void aConsumedLotsUpstreamIsTheHistoryUpToTheEventThatConsumedIt() {
        // the cherry's head is the wet-mill merge, whose history holds both farms' harvests and deliveries
        assertThat(walker.upstream(CHERRY_ORGANIC, 1000).records()).hasSize(5);
    }

    @Test
    void downstreamFollowsTheCherryIntoTheParchmentAndOnToTheCupButNotIntoTheOtherFarmsHarvest() {
        Trace trace = walker.downstream(CHERRY_WOMEN, 1000);
        assertThat(trace.records()).hasSize(15);
        assertThat(trace.records()).noneSatisfy(t -> assertThat(t.stored().lotPositions()).containsOnlyKeys(CHERRY_ORGANIC));
        assertThat(trace.records().get(trace.records().size() - 1).stored().lotPositions()).containsOnlyKeys(RETAIL);
    }

    @Test
    void aTracePastItsBoundStopsWithTheBoundNamed() {
        assertThatThrownBy(() -> walker.upstream(RETAIL, 5)).isInstanceOfSatisfying(ProvenanceException.class, e -> {
            assertThat(e.kind()).isEqualTo(ProvenanceException.Kind.TOO_LARGE);
            assertThat(e.limit()).isEqualTo(5);
        });
        assertThatThrownBy(() -> walker.downstream(CHERRY_WOMEN, 3)).isInstanceOfSatisfying(ProvenanceException.class,
                e -> assertThat(e.kind()).isEqualTo(ProvenanceException.Kind.TOO_LARGE));
    }

    @Test
    void anUnknownLotIsNamedInTheError() {
        assertThatThrownBy(() -> walker.upstream("urn:trazo:lot:nobody:nothing", 10)).isInstanceOfSatisfying(ProvenanceException.class, e -> {
            assertThat(e.kind()).isEqualTo(ProvenanceException.Kind.UNKNOWN_LOT);
            assertThat(e.getMessage()).contains("urn:trazo:lot:nobody:nothing");
        });
    }

    @Test
    void aWarmWalkTakesAcceptedRecordsFromTheMemoAndStillReadsTheLotsHeadFromTheStore() {
        Counting counting = new Counting(store);
        ProvenanceWalker warm = new ProvenanceWalker(counting, new ParsedRecords(1000));
        warm.upstream(RETAIL, 1000);
        warm.upstream(RETAIL, 1000);
        counting.recordReads = 0;
        counting.headReads = 0;

        Trace trace = warm.upstream(RETAIL, 1000);

        assertThat(counting.recordReads).isZero();
        assertThat(counting.headReads).isEqualTo(1);
        assertThat(trace).usingRecursiveComparison().comparingOnlyFields("lot", "direction", "head").isEqualTo(walker.upstream(RETAIL, 1000));
        assertThat(trace.records().stream().map(t -> t.record().hash() + "@" + t.position()).toList())
                .isEqualTo(walker.upstream(RETAIL, 1000).records().stream().map(t -> t.record().hash() + "@" + t.position()).toList());
    }

    /** The store, counting the look-ups a walk makes (its batch read goes through {@link #record} too). */
    private static final class Counting extends ForwardingLedgerStore {

        int recordReads;
        int headReads;

        Counting(InMemoryLedgerStore store) {
            super(store);
        }

        @Override
        public Optional<StoredRecord> record(Digest hash) {
            recordReads++;
            return super.record(hash);
        }

        @Override
        public Optional<LotHead> head(String lot) {
            headReads++;
            return super.head(lot);
        }
    }
}

package io.trazo.append.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.audit.AuditFinding;
import io.trazo.append.audit.AuditFinding.Kind;
import io.trazo.append.audit.AuditReport;
import io.trazo.append.audit.LogAudit;
import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.log.LeafIndexReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store auditor over a log whose records are no longer one leaf per position: map-root leaves stand
 * between batches, and a pass must take them from the leaf index, not read every leaf as the next record.
 */
class LogAuditMapRootTest {

    private static final List<byte[]> RECORDS = Harvests.afterTheJourney(300);

    private final InMemoryLedgerStore ledger = new InMemoryLedgerStore();
    private final LogStores stores = LogStores.inMemory();
    private long size;

    @BeforeEach
    void integrateEveryRecordWithAMap() throws Exception {
        LogFixture.append(ledger, RECORDS);
        SequencerTest.runUntilIdle(new Sequencer(ledger, stores, LogFixture.signer(), new SequencerPolicy(100, Duration.ZERO),
                MutableClock.atEpoch(), StatusMapRoots.empty()), new FencingToken(1));
        size = stores.history().latest().orElseThrow().size();
        assertThat(size).isEqualTo(RECORDS.size() + (RECORDS.size() + 99) / 100);
    }

    private AuditReport audit(LeafIndexReader leaves) {
        return new LogAudit(ledger, stores.tiles(), leaves, stores.history(), LogFixture.ORIGIN, LogFixture.signer().verifierKey())
                .runToEnd();
    }

    @Test
    void aLogWithMapRootLeavesAuditsClean() {
        AuditReport report = audit(stores.leaves());
        assertThat(report.findings()).isEmpty();
        assertThat(report.complete()).isTrue();
        assertThat(report.leavesAudited()).isEqualTo(size);
    }

    @Test
    void aMapRootLeafAlteredInTheLeafIndexIsATileMismatchAtItsLeaf() {
        long altered = 100;
        assertThat(stores.leaves().entries(altered, 1)).singleElement().isInstanceOf(LeafEntry.MapRoot.class);
        LeafEntry.MapRoot other = new LeafEntry.MapRoot(StatusMapRoots.empty().rootLeafInput(99));
        AuditReport report = audit(replacing(altered, other));
        assertThat(report.findings()).extracting(AuditFinding::kind).startsWith(Kind.TILE_MISMATCH).contains(Kind.ROOT_MISMATCH)
                .doesNotContain(Kind.LEAF_INDEX_MISMATCH, Kind.RECORD_ALTERED);
        assertThat(report.findings().get(0).leaf()).hasValue(altered);
    }

    private LeafIndexReader replacing(long leaf, LeafEntry entry) {
        return TamperedLeafIndex.replacing(stores.leaves(), leaf, entry);
    }
}

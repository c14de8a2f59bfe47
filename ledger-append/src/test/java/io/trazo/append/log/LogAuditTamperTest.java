package io.trazo.append.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.append.ForwardingLedgerStore;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.audit.AuditCursor;
import io.trazo.append.audit.AuditCursorStore;
import io.trazo.append.audit.AuditFinding;
import io.trazo.append.audit.AuditFinding.Kind;
import io.trazo.append.audit.AuditReport;
import io.trazo.append.audit.LogAudit;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.CheckpointReader;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.store.StoredRecord;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An attacker with write access to the stores edits them after the log signed: each edit is found by
 * the store auditor ({@link LogAudit}), which trusts only the records and the log's public key.
 */
class LogAuditTamperTest {

    private static final List<byte[]> RECORDS = Harvests.afterTheJourney(300);

    private final InMemoryLedgerStore honest = new InMemoryLedgerStore();
    private final Map<Digest, Optional<byte[]>> edits = new HashMap<>();
    private final Map<Long, Long> swappedPositions = new HashMap<>();
    private final TamperableTileStore tiles = new TamperableTileStore();
    private final LogStores stores = new LogStores(tiles, new InMemoryLogStateStore(), new InMemoryCheckpointHistory(),
            new InMemoryLeafIndex());
    private final ForwardingLedgerStore ledger = new ForwardingLedgerStore(honest) {
        @Override
        public Optional<StoredRecord> record(Digest hash) {
            Optional<byte[]> edit = edits.get(hash);
            return edit == null ? super.record(hash) : edit.flatMap(wire -> super.record(hash).map(r -> new StoredRecord(r.hash(),
                    wire, r.type(), r.actor(), r.time(), r.lotPositions(), r.state(), r.position(), r.rejection())));
        }

        @Override
        public Optional<Digest> acceptedAt(long position) {
            return super.acceptedAt(swappedPositions.getOrDefault(position, position));
        }
    };
    private CheckpointReader history = stores.history();
    private List<Digest> order;

    @BeforeEach
    void integrateEveryRecord() throws Exception {
        order = LogFixture.append(honest, RECORDS);
        Sequencer sequencer = new Sequencer(honest, stores, LogFixture.signer(), new SequencerPolicy(100, Duration.ZERO),
                MutableClock.atEpoch());
        SequencerTest.runUntilIdle(sequencer, new FencingToken(1));
        assertThat(stores.history().latest().orElseThrow().size()).isEqualTo(RECORDS.size());
    }

    private AuditReport audit() {
        return new LogAudit(ledger, tiles, stores.leaves(), history, LogFixture.ORIGIN, LogFixture.signer().verifierKey()).runToEnd();
    }

    @Test
    void anUntamperedLogAuditsClean() {
        AuditReport report = audit();
        assertThat(report.findings()).isEmpty();
        assertThat(report.complete()).isTrue();
        assertThat(report.leavesAudited()).isEqualTo(RECORDS.size());
    }

    @Test
    void anAuditInSmallStepsResumesWhereItStoppedAndEndsClean() {
        LogAudit audit = new LogAudit(ledger, tiles, stores.leaves(), history, LogFixture.ORIGIN, LogFixture.signer().verifierKey());
        AuditReport report = audit.advance(50);
        assertThat(report.leavesAudited()).isEqualTo(50);
        assertThat(report.complete()).isFalse();
        int steps = 1;
        while (!report.complete()) {
            report = audit.advance(50);
            steps++;
        }
        assertThat(steps).isEqualTo((RECORDS.size() + 49) / 50);
        assertThat(report.clean()).isTrue();
    }

    /** A restarted ingest resumes its pass from the saved cursor: the restored right edge must still give the checkpoint's root. */
    @Test
    void aPassResumedFromItsCursorEndsCleanAndStillFindsAnEditAfterTheCursor() {
        LogAudit first = newAudit();
        first.advance(270);
        AuditCursorStore saved = AuditCursorStore.inMemory();
        saved.save(first.cursor());
        AuditReport clean = newAudit().resume(saved.load().orElseThrow()).runToEnd();
        assertThat(clean.findings()).isEmpty();
        assertThat(clean.complete()).isTrue();
        assertThat(clean.leavesAudited()).isEqualTo(RECORDS.size());

        Digest victim = order.get(280);
        edits.put(victim, Optional.of(Tampering.editTime(honest.record(victim).orElseThrow().wire())));
        AuditReport found = newAudit().resume(saved.load().orElseThrow()).runToEnd();
        assertThat(found.findings()).extracting(AuditFinding::kind).contains(Kind.RECORD_ALTERED);
    }

    @Test
    void aCursorWhoseTileLevelsDoNotMatchItsLeafCountIsRefused() {
        LogAudit audit = newAudit();
        audit.advance(10);
        AuditCursor c = audit.cursor();
        AuditCursor bogus = new AuditCursor(11, c.nextPosition(), c.checkpointSize(), c.levels());
        assertThatThrownBy(() -> newAudit().resume(bogus)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("11 leaves");
    }

    private LogAudit newAudit() {
        return new LogAudit(ledger, tiles, stores.leaves(), history, LogFixture.ORIGIN, LogFixture.signer().verifierKey());
    }

    @Test
    void aRecordWhoseBytesWereEditedIsFoundByTheAuditor() {
        Digest victim = order.get(120);
        edits.put(victim, Optional.of(Tampering.editTime(honest.record(victim).orElseThrow().wire())));
        assertThat(audit().findings()).first().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.RECORD_ALTERED);
            assertThat(f.record()).contains(victim);
            assertThat(f.leaf()).hasValue(120);
        });
    }

    @Test
    void aRecordWhoseSignatureWasSwappedKeepsItsHashButNotItsLeafAndIsFoundByTheAuditor() {
        Digest victim = order.get(300);
        edits.put(victim, Optional.of(Tampering.swapSignature(honest.record(victim).orElseThrow().wire(), RECORDS.get(301))));
        assertThat(audit().findings()).extracting(AuditFinding::kind).containsExactly(Kind.TILE_MISMATCH, Kind.ROOT_MISMATCH);
        assertThat(audit().findings().get(0).record()).contains(victim);
    }

    @Test
    void aDeletedRecordIsFoundByTheAuditor() {
        Digest victim = order.get(7);
        edits.put(victim, Optional.empty());
        AuditReport report = audit();
        assertThat(report.findings()).first().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.RECORD_MISSING);
            assertThat(f.record()).contains(victim);
        });
        assertThat(report.complete()).as("the checkpoint has a leaf more than the ledger has records").isFalse();
        assertThat(report.findingCount()).isGreaterThan(LogAudit.MAX_FINDINGS);
    }

    @Test
    void twoSwappedRecordsAreFoundByTheAuditor() {
        long a = honest.record(order.get(10)).orElseThrow().position().orElseThrow();
        long b = honest.record(order.get(11)).orElseThrow().position().orElseThrow();
        swappedPositions.put(a, b);
        swappedPositions.put(b, a);
        assertThat(audit().findings()).filteredOn(f -> f.kind() == Kind.LEAF_INDEX_MISMATCH).extracting(f -> f.record().orElseThrow())
                .containsExactly(order.get(11), order.get(10));
    }

    @Test
    void aByteFlippedInAFullTileIsFoundByTheAuditor() {
        tiles.flipByte(0, 0, 32 * 17 + 3);
        assertThat(audit().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.TILE_MISMATCH);
            assertThat(f.leaf()).hasValue(17);
            assertThat(f.record()).contains(order.get(17));
        });
    }

    @Test
    void aByteFlippedInTheRightEdgeTileIsFoundByTheAuditor() {
        tiles.flipByte(0, 1, 5);
        assertThat(audit().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.TILE_MISMATCH);
            assertThat(f.leaf()).hasValue(256);
        });
    }

    @Test
    void anEditedCheckpointIsFoundByTheAuditor() {
        SignedCheckpoint real = stores.history().latest().orElseThrow();
        SignedCheckpoint edited = new SignedCheckpoint(real.size(), real.note().replaceFirst("\n" + real.size() + "\n",
                "\n" + (real.size() - 1) + "\n"));
        history = new CheckpointReader() {
            @Override
            public Optional<SignedCheckpoint> at(long size) {
                return size == real.size() ? Optional.of(edited) : stores.history().at(size);
            }

            @Override
            public Optional<SignedCheckpoint> latest() {
                return Optional.of(edited);
            }

            @Override
            public List<SignedCheckpoint> since(long fromSize, int limit) {
                return stores.history().since(fromSize, limit);
            }
        };
        assertThat(audit().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CHECKPOINT_INVALID);
            assertThat(f.message()).contains("does not verify");
        });
    }
}

package io.trazo.append.log;

import io.trazo.ledger.log.EvidenceFinding;
import io.trazo.ledger.log.EvidenceReport;
import io.trazo.ledger.log.LeafProof;
import io.trazo.ledger.log.LogEvidence;
import io.trazo.ledger.log.LogEvidenceVerifier;
import io.trazo.ledger.log.LogLeaf;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.log.RecordInclusion;
import io.trazo.ledger.log.SignedCheckpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.EvidenceFinding.Reason;
import io.trazo.ledger.merkle.InvalidProofException;
import io.trazo.ledger.merkle.ProofVerifier;
import io.trazo.ledger.merkle.TreeHasher;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.append.ForwardingLedgerStore;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.ledger.store.StoredRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An attacker with write access to the stores (not to the log key) edits a record, deletes one,
 * reorders leaves, replaces a leaf, rolls the state back. Every affected proof fails with a precise
 * reason, and the sequencer refuses to sign anything after the break.
 */
class TamperTest {

    private static final FencingToken TOKEN = new FencingToken(1);
    private static final int FIRST = 8;

    private final InMemoryLedgerStore honest = new InMemoryLedgerStore();
    private final Map<Digest, Optional<byte[]>> edits = new HashMap<>();
    private final TamperableTileStore tiles = new TamperableTileStore();
    private final LogStores stores = new LogStores(tiles, new InMemoryLogStateStore(), new InMemoryCheckpointHistory(),
            new InMemoryLeafIndex());
    private final LogProofs proofs = new LogProofs(tiles, stores.leaves(), stores.history());
    private final LogEvidenceVerifier verifier = new LogEvidenceVerifier(LogFixture.ORIGIN, LogFixture.signer().verifierKey());
    private Sequencer sequencer;
    private List<Digest> integrated;

    @BeforeEach
    void integrateTheFirstRecordsInSeveralCheckpoints() throws Exception {
        ForwardingLedgerStore ledger = new ForwardingLedgerStore(honest) {
            @Override
            public Optional<StoredRecord> record(Digest hash) {
                Optional<byte[]> edit = edits.get(hash);
                if (edit == null) {
                    return super.record(hash);
                }
                return edit.flatMap(wire -> super.record(hash).map(r -> new StoredRecord(r.hash(), wire, r.type(), r.actor(),
                        r.time(), r.lotPositions(), r.state(), r.position(), r.rejection())));
            }
        };
        integrated = LogFixture.append(honest, LogFixture.JOURNEY.subList(0, FIRST));
        sequencer = new Sequencer(ledger, stores, LogFixture.signer(), new SequencerPolicy(3, Duration.ZERO),
                MutableClock.atEpoch());
        SequencerTest.runUntilIdle(sequencer, TOKEN);
        assertThat(stores.history().latest().orElseThrow().size()).isEqualTo(FIRST);
    }

    private List<SignedRecord> records() {
        List<SignedRecord> records = new ArrayList<>();
        for (Digest hash : integrated) {
            byte[] wire = edits.getOrDefault(hash, Optional.empty()).orElse(honest.record(hash).orElseThrow().wire());
            records.add(RecordCodec.parse(wire));
        }
        return records;
    }

    private EvidenceReport verifyAll() throws Exception {
        return verifier.verify(proofs.evidence(integrated, FIRST), records());
    }

    private void assertSequencerStops(LogIntegrityException.Reason reason) {
        List<SignedCheckpoint> before = stores.history().since(0, 100);
        assertThatThrownBy(() -> sequencer.integrate(TOKEN)).isInstanceOf(LogIntegrityException.class)
                .satisfies(e -> assertThat(((LogIntegrityException) e).reason()).isEqualTo(reason));
        assertThatThrownBy(() -> sequencer.integrate(TOKEN)).isInstanceOf(LogIntegrityException.class);
        assertThat(sequencer.alarm()).isPresent();
        assertThat(stores.history().since(0, 100)).isEqualTo(before);
    }

    @Test
    void untamperedEvidenceVerifies() throws Exception {
        assertThat(verifyAll().ok()).isTrue();
    }

    @Test
    void aRecordWhoseSignatureWasSwappedAfterIntegrationNoLongerMatchesItsLeaf() throws Exception {
        Digest victim = integrated.get(2);
        edits.put(victim, Optional.of(Tampering.swapSignature(honest.record(victim).orElseThrow().wire(),
                LogFixture.JOURNEY.get(5))));
        EvidenceReport report = verifyAll();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.ROOT_MISMATCH);
            assertThat(f.record()).contains(victim);
            assertThat(f.message()).contains("leaf 2 of the checkpoint of size " + FIRST);
        });
    }

    @Test
    void aRecordWhoseContentWasEditedIsNotTheRecordTheLogHolds() throws Exception {
        Digest victim = integrated.get(4);
        byte[] edited = Tampering.editTime(honest.record(victim).orElseThrow().wire());
        List<SignedRecord> records = records();
        records.set(4, RecordCodec.parse(edited));
        EvidenceReport report = verifier.verify(proofs.evidence(integrated, FIRST), records);
        assertThat(report.findings()).extracting(EvidenceFinding::reason)
                .containsExactly(Reason.MISSING_PROOF, Reason.UNEXPECTED_PROOF);
        assertThat(report.findings().get(1).record()).contains(victim);
    }

    @Test
    void aRecordEditedBeforeIntegrationStopsTheSequencer() {
        List<Digest> more = LogFixture.append(honest, LogFixture.JOURNEY.subList(FIRST, FIRST + 2));
        edits.put(more.get(1), Optional.of(Tampering.editTime(honest.record(more.get(1)).orElseThrow().wire())));
        assertSequencerStops(LogIntegrityException.Reason.RECORD_TAMPERED);
    }

    @Test
    void aRecordDeletedBeforeIntegrationStopsTheSequencer() {
        List<Digest> more = LogFixture.append(honest, LogFixture.JOURNEY.subList(FIRST, FIRST + 1));
        edits.put(more.get(0), Optional.empty());
        assertSequencerStops(LogIntegrityException.Reason.RECORD_TAMPERED);
    }

    @Test
    void twoLeavesSwappedInATileBreakTheirProofsAndConsistencyAndStopTheSequencer() throws Exception {
        tiles.swapHashes(0, 0, 1, 6);
        List<Digest> failed = new ArrayList<>();
        Checkpoint latest = SequencerTest.open(stores.history().latest().orElseThrow());
        for (SignedRecord record : records()) {
            RecordInclusion inclusion = proofs.inclusion(record.hash(), FIRST);
            try {
                ProofVerifier.verifyInclusion(LogLeaf.hash(record), inclusion.proof(), latest.root());
            } catch (InvalidProofException e) {
                assertThat(e.reason()).isEqualTo(InvalidProofException.Reason.ROOT_MISMATCH);
                failed.add(record.hash());
            }
        }
        assertThat(failed).as("with 8 leaves every path crosses leaf 1 or 6").containsExactlyElementsOf(integrated);
        Checkpoint first = SequencerTest.open(stores.history().since(0, 1).get(0));
        assertThatThrownBy(() -> ProofVerifier.verifyConsistency(proofs.consistency(first.size(), FIRST), first.root(),
                latest.root())).isInstanceOf(InvalidProofException.class).hasMessageContaining("mismatch");
        assertSequencerStops(LogIntegrityException.Reason.TILES_DO_NOT_REPRODUCE_ROOT);
    }

    @Test
    void aReplacedLeafStopsTheSequencerEvenWithNothingNewToIntegrate() {
        tiles.replaceHash(0, 0, 3, TreeHasher.leafHash(new byte[] {1}));
        assertSequencerStops(LogIntegrityException.Reason.TILES_DO_NOT_REPRODUCE_ROOT);
    }

    @Test
    void leafIndicesSwappedBetweenTwoRecordsFailBothProofs() throws Exception {
        LogEvidence honestEvidence = proofs.evidence(integrated, FIRST);
        List<LeafProof> swapped = new ArrayList<>(honestEvidence.proofs());
        LeafProof a = swapped.get(1);
        LeafProof b = swapped.get(2);
        swapped.set(1, new LeafProof(a.record(), b.leafIndex(), b.path()));
        swapped.set(2, new LeafProof(b.record(), a.leafIndex(), a.path()));
        EvidenceReport report = verifier.verify(new LogEvidence(honestEvidence.checkpoint(), swapped), records());
        assertThat(report.findings()).extracting(EvidenceFinding::reason).containsExactly(Reason.ROOT_MISMATCH, Reason.ROOT_MISMATCH);
    }

    @Test
    void aStateRolledBackToAnEarlierCheckpointStopsTheSequencer() {
        LogState now = stores.state().load().orElseThrow();
        SignedCheckpoint earlier = stores.history().since(0, 1).get(0);
        LogState rolledBack = new LogState(earlier.size(), new io.trazo.ledger.merkle.MerkleProofs(tiles).rootAt(earlier.size()),
                earlier.size(), TOKEN, Optional.of(earlier));
        assertThat(stores.state().compareAndSet(Optional.of(now), rolledBack)).isEqualTo(StateWrite.WRITTEN);
        assertSequencerStops(LogIntegrityException.Reason.HISTORY_AHEAD_OF_STATE);
    }

    @Test
    void aStateWhoseRootWasRewrittenStopsTheSequencer() {
        LogState now = stores.state().load().orElseThrow();
        LogState forged = new LogState(now.treeSize(), TreeHasher.leafHash(new byte[] {2}), now.integratedPosition(),
                TOKEN, now.checkpoint());
        stores.state().compareAndSet(Optional.of(now), forged);
        assertSequencerStops(LogIntegrityException.Reason.STATE_CHECKPOINT_INVALID);
    }

    @Test
    void aStateCheckpointSignedByAnotherKeyStopsTheSequencer() {
        LogState now = stores.state().load().orElseThrow();
        LogState forged = new LogState(now.treeSize(), now.root(), now.integratedPosition(), TOKEN,
                Optional.of(LogFixture.otherSigner().sign(new io.trazo.ledger.merkle.TreeHead(now.treeSize(), now.root()))));
        stores.state().compareAndSet(Optional.of(now), forged);
        assertSequencerStops(LogIntegrityException.Reason.STATE_CHECKPOINT_INVALID);
    }

    @Test
    void evidenceWithACheckpointSignedByAnotherKeyIsRejected() throws Exception {
        LogEvidence honestEvidence = proofs.evidence(integrated, FIRST);
        Checkpoint latest = SequencerTest.open(stores.history().latest().orElseThrow());
        String forged = LogFixture.otherSigner().sign(latest.treeHead()).note();
        EvidenceReport report = verifier.verify(new LogEvidence(forged, honestEvidence.proofs()), records());
        assertThat(report.ok()).isFalse();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.CHECKPOINT_NOT_SIGNED_BY_LOG);
            assertThat(f.message()).contains("no signature from a known key");
        });
    }
}

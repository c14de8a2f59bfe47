package io.trazo.ledger.log;

import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.MutableClock;
import io.trazo.append.log.SequencerTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LogEvidenceTest {

    private static LogEvidence evidence;
    private static List<SignedRecord> records;
    private static final LogEvidenceVerifier VERIFIER =
            new LogEvidenceVerifier(LogFixture.ORIGIN, LogFixture.signer().verifierKey());

    @BeforeAll
    static void integrateTheJourney() throws Exception {
        var ledger = new io.trazo.append.InMemoryLedgerStore();
        List<Digest> hashes = LogFixture.append(ledger, LogFixture.JOURNEY);
        LogStores stores = LogStores.inMemory();
        SequencerTest.runUntilIdle(new Sequencer(ledger, stores, LogFixture.signer(),
                new SequencerPolicy(5, Duration.ZERO), MutableClock.atEpoch()), new FencingToken(1));
        LogProofs proofs = new LogProofs(stores.tiles(), stores.leaves(), stores.history());
        evidence = proofs.evidence(hashes.subList(0, 6), stores.history().latest().orElseThrow().size());
        records = LogFixture.JOURNEY.subList(0, 6).stream().map(RecordCodec::parse).toList();
    }

    private static LogEvidence parse(String json) throws EvidenceFormatException {
        return LogEvidence.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void evidenceSurvivesItsJsonFormAndVerifiesOffline() throws Exception {
        LogEvidence back = LogEvidence.parse(evidence.toBytes());
        assertThat(back).isEqualTo(evidence);
        EvidenceReport report = VERIFIER.verify(back, records);
        assertThat(report.findings()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.checkpoint().orElseThrow().size()).isEqualTo(LogFixture.JOURNEY.size());
    }

    @Test
    void theJsonFormIsCanonicalWithTheDocumentedMembers() {
        String json = new String(evidence.toBytes(), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"checkpoint\":\"" + LogFixture.ORIGIN + "\\n");
        assertThat(json).contains("\"proofs\":[{\"leafIndex\":0,\"path\":[\"").endsWith("],\"v\":1}");
    }

    @Test
    void aRecordWithoutAProofIsReportedMissing() {
        EvidenceReport report = VERIFIER.verify(new LogEvidence(evidence.checkpoint(), evidence.proofs().subList(1, 6)), records);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(EvidenceFinding.Reason.MISSING_PROOF);
            assertThat(f.record()).contains(records.get(0).hash());
        });
    }

    @Test
    void aTruncatedPathIsTheWrongLength() {
        LeafProof p = evidence.proofs().get(3);
        List<LeafProof> proofs = new java.util.ArrayList<>(evidence.proofs());
        proofs.set(3, new LeafProof(p.record(), p.leafIndex(), p.path().subList(0, p.path().size() - 1)));
        EvidenceReport report = VERIFIER.verify(new LogEvidence(evidence.checkpoint(), proofs), records);
        assertThat(report.findings()).extracting(EvidenceFinding::reason).containsExactly(EvidenceFinding.Reason.PROOF_WRONG_LENGTH);
    }

    @Test
    void aCheckpointForAnotherOriginHasTheWrongOrigin() {
        EvidenceReport report = new LogEvidenceVerifier("other.example/log", LogFixture.signer().verifierKey())
                .verify(evidence, records);
        assertThat(report.findings()).extracting(EvidenceFinding::reason).containsExactly(EvidenceFinding.Reason.WRONG_ORIGIN);
    }

    @Test
    void anUnknownMemberIsRejectedWithItsPath() {
        assertThatThrownBy(() -> parse("{\"v\":1,\"checkpoint\":\"x\",\"proofs\":[],\"extra\":1}"))
                .isInstanceOf(EvidenceFormatException.class).hasMessage("/extra: unknown member");
    }

    @Test
    void anotherVersionIsRejected() {
        assertThatThrownBy(() -> parse("{\"v\":2,\"checkpoint\":\"x\",\"proofs\":[]}"))
                .isInstanceOf(EvidenceFormatException.class).hasMessage("/v: unsupported evidence version 2, expected 1");
    }

    @Test
    void upperCaseHexIsRejectedSoEveryHashHasOneSpelling() {
        String json = "{\"v\":1,\"checkpoint\":\"x\",\"proofs\":[{\"record\":\"" + "AB".repeat(32)
                + "\",\"leafIndex\":0,\"path\":[]}]}";
        assertThatThrownBy(() -> parse(json)).isInstanceOf(EvidenceFormatException.class)
                .hasMessage("/proofs/0/record: expected 64 lower-case hex digits");
    }

    @Test
    void duplicateMembersAreRejected() {
        assertThatThrownBy(() -> parse("{\"v\":1,\"v\":1,\"checkpoint\":\"x\",\"proofs\":[]}"))
                .isInstanceOf(EvidenceFormatException.class).hasMessageStartingWith("evidence: not strict JSON");
    }
}

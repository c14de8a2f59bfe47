package io.trazo.append;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.verify.Finding;
import io.trazo.ledger.verify.Verifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A v2 claim's certificate is evidence the event depends on (docs/protocol.md §8.1): until it is an
 * accepted certificate record, ingest defers the event ({@code EVIDENCE_MISSING}, waiting like a missing
 * link target) and an offline verifier refuses it with the same code; v1 keeps its verdict.
 */
class ClaimEvidenceTest {

    private static final List<byte[]> JOURNEY = CoffeeJourney.records();
    private static final TrustRoot TRUST_ROOT = TrustRoot.of(CoffeeJourney.trustRoot());
    private static final byte[] CERTIFICATE = EvidenceRecords.certificate("BCA-ORG-2026-0999");

    @Test
    void aV2ClaimOnACertificateNotYetInTheLedgerWaitsAtIngestAndFailsOfflineWithTheSameCode() {
        byte[] harvest = harvest(ProtocolVersion.V2, RecordCodec.parse(CERTIFICATE).hash());

        assertThat(offline(List.of(), harvest)).hasValue(ReasonCode.EVIDENCE_MISSING);
        Appender appender = journey();
        assertThat(appender.append(harvest)).isInstanceOfSatisfying(AppendOutcome.Deferred.class,
                d -> assertThat(d.code()).isEqualTo(ReasonCode.EVIDENCE_MISSING));
        assertThat(ReasonCode.EVIDENCE_MISSING.permanent()).isFalse();

        assertThat(appender.append(CERTIFICATE)).isInstanceOf(AppendOutcome.Accepted.class);
        assertThat(appender.append(harvest)).isInstanceOf(AppendOutcome.Accepted.class);
    }

    @Test
    void offlineTheCertificateCountsWhereverItSitsInTheSet() {
        byte[] harvest = harvest(ProtocolVersion.V2, RecordCodec.parse(CERTIFICATE).hash());

        assertThat(offline(List.of(), harvest, CERTIFICATE)).isEmpty();
    }

    @Test
    void theBatchPathWaitsForTheCertificateAndTakesOneLaterInTheSameBatch() {
        byte[] harvest = harvest(ProtocolVersion.V2, RecordCodec.parse(CERTIFICATE).hash());

        assertThat(journey().appendAll(List.of(harvest))).singleElement().isInstanceOfSatisfying(AppendOutcome.Deferred.class,
                d -> assertThat(d.code()).isEqualTo(ReasonCode.EVIDENCE_MISSING));
        assertThat(journey().appendAll(List.of(harvest, CERTIFICATE))).allSatisfy(o -> assertThat(o).isInstanceOf(AppendOutcome.Accepted.class));
    }

    @Test
    void aClaimNamingAnAcceptedRecordThatIsNotACertificateWaitsToo() {
        Digest plot = JOURNEY.stream().map(RecordCodec::parse).filter(r -> r.type() == RecordType.PLOT).findFirst().orElseThrow().hash();

        assertThat(journey().append(harvest(ProtocolVersion.V2, plot))).isInstanceOfSatisfying(AppendOutcome.Deferred.class,
                d -> assertThat(d.code()).isEqualTo(ReasonCode.EVIDENCE_MISSING));
        assertThat(offline(List.of(), harvest(ProtocolVersion.V2, plot))).hasValue(ReasonCode.EVIDENCE_MISSING);
    }

    @Test
    void aV1ClaimOnAnUnknownCertificateKeepsItsVerdictOnBothPaths() {
        byte[] harvest = harvest(ProtocolVersion.V1, RecordCodec.parse(CERTIFICATE).hash());

        assertThat(offline(List.of(), harvest)).isEmpty();
        assertThat(journey().append(harvest)).isInstanceOf(AppendOutcome.Accepted.class);
    }

    private static byte[] harvest(ProtocolVersion version, Digest certificate) {
        return EvidenceRecords.harvest(version, "cherry-2026-200", certificate);
    }

    private static Appender journey() {
        Appender appender = new Appender(new InMemoryLedgerStore(), TRUST_ROOT, RolePolicy.standard());
        JOURNEY.forEach(appender::append);
        return appender;
    }

    /** The reason of the first of {@code records}, verified after the journey. */
    private static Optional<ReasonCode> offline(List<byte[]> extra, byte[]... records) {
        List<byte[]> set = new ArrayList<>(JOURNEY);
        set.addAll(extra);
        int at = set.size();
        set.addAll(List.of(records));
        var reports = new Verifier(TRUST_ROOT, RolePolicy.standard()).verify(set).records();
        reports.subList(0, at).forEach(r -> assertThat(r.findings()).as("setup").isEmpty());
        return reports.get(at).reason().map(Finding::code);
    }
}

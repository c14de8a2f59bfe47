package io.trazo.append;

import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.event.EventBodies;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.verify.Finding;
import io.trazo.ledger.verify.Verifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

    private static final DemoParties PARTIES = new DemoParties();
    private static final List<byte[]> JOURNEY = CoffeeJourney.records();
    private static final TrustRoot TRUST_ROOT = TrustRoot.of(CoffeeJourney.trustRoot());
    private static final String LOT = "urn:trazo:lot:finca-el-mirador:cherry-2026-200";
    private static final byte[] CERTIFICATE = certificate();

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

    private static byte[] certificate() {
        return RecordBuilder.of(RecordType.CERTIFICATE, DemoParties.CERTIFIER).version(ProtocolVersion.V1)
                .time(Instant.parse("2026-11-20T12:00:00.000Z"))
                .body(obj("certificateId", "BCA-ORG-2026-0999", "claim", "organic", "standard", "EU 2018/848 and USDA NOP",
                        "subject", obj("actor", DemoParties.FARM_ORGANIC), "scope", "Cherry from the farm",
                        "validFrom", "2026-11-01T00:00:00.000Z", "validUntil", "2027-11-01T00:00:00.000Z",
                        "evidence", obj("sha256", Digest.sha256("audit report 0999".getBytes(StandardCharsets.UTF_8)).hex(),
                                "mediaType", "application/pdf")))
                .sign(PARTIES.key(DemoParties.CERTIFIER));
    }

    private static byte[] harvest(ProtocolVersion version, Digest certificate) {
        JsonObject event = obj("type", "ObjectEvent", "eventTime", "2026-11-25T12:00:00.000Z", "eventTimeZoneOffset", "+00:00",
                "action", "ADD", "bizStep", "commissioning", "quantityList", arr(obj("epcClass", LOT, "quantity", 600, "uom", "KGM")));
        return RecordBuilder.of(RecordType.EVENT, DemoParties.FARM_ORGANIC).version(version).time(Instant.parse("2026-11-25T12:00:00.000Z"))
                .body(EventBodies.body(event, List.of(obj("certificate", certificate.hex())), List.of())).sign(PARTIES.key(DemoParties.FARM_ORGANIC));
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

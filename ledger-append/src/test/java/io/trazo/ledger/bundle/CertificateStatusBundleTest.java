package io.trazo.ledger.bundle;

import static io.trazo.demo.CoffeeJourney.RETAIL;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.log.LogFixture;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.provenance.ProvenanceWalker;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.verify.Finding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lot's bundle carries the status records of the certificates it carries (protocol §18), and a format-2
 * bundle that leaves one out is caught by the certificate's status-map entry (§20.6,
 * {@code CERTIFICATE_STATUS_OMITTED}). The suspension is appended by the real append code after the journey,
 * effective after every event of the lot, so it changes no verification verdict: only the audit's.
 */
class CertificateStatusBundleTest {

    private static final DemoParties PARTIES = new DemoParties();
    private static final InMemoryLedgerStore STORE = JourneyLedger.inMemory();
    private static final byte[] SUSPENSION = suspendFirstClaimedCertificate();
    private static final byte[] BUNDLE = new BundleExporter(STORE, JourneyLedger.plots(), JourneyLedger.statuses(STORE),
            io.trazo.ledger.provenance.ParsedRecords.none()).export(new ProvenanceWalker(STORE).upstream(RETAIL, 1000));
    private final BundleVerifier verifier = new BundleVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());

    @Test
    void theBundleCarriesTheLaterSuspensionOfACertificateItClaimsAndStillVerifies() {
        List<byte[]> records = Bundles.records(BUNDLE);
        assertThat(records).extracting(r -> RecordCodec.parse(r).hash()).contains(RecordCodec.parse(SUSPENSION).hash());
        assertThat(indexOf(records, SUSPENSION)).as("after its certificate, in ledger order").isGreaterThan(indexOf(records, certificate()));
        BundleReport report = verifier.verify(BUNDLE);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void aStatusRecordBeforeItsCertificateIsOutOfOrder() {
        byte[] swapped = Bundles.withRecords(BUNDLE, records -> {
            byte[] status = records.remove(indexOf(records, SUSPENSION));
            records.add(indexOf(records, certificate()), status);
            return records;
        });
        Finding reason = verifier.verify(swapped).reason().orElseThrow();
        assertThat(reason.code()).as(reason.toString()).isEqualTo(ReasonCode.BUNDLE_ORDER);
    }

    @Test
    void withKeyStatusProofsTheCompleteBundleIsProvenAndOneWithoutTheSuspensionIsCaught() {
        BundleVerifier logged = verifier.withLog(LogFixture.ORIGIN, LogFixture.signer().verifierKey());
        BundleReport honest = logged.verify(StatusBundles.of(BUNDLE).build());
        assertThat(honest.findings()).isEmpty();
        assertThat(honest.keyStatusProven()).isTrue();

        byte[] stripped = Bundles.withRecords(BUNDLE, records -> {
            records.remove(indexOf(records, SUSPENSION));
            return records;
        });
        assertThat(verifier.verify(stripped).findings()).as("without proofs nothing shows the omission").isEmpty();
        byte[] hidden = StatusBundles.of(stripped).logOnly(List.of(SUSPENSION)).build();
        BundleReport report = logged.verify(hidden);
        Finding reason = report.reason().orElseThrow(() -> new AssertionError("the stripped bundle verified"));
        assertThat(reason.code()).as(report.findings().toString()).isEqualTo(ReasonCode.CERTIFICATE_STATUS_OMITTED);
        assertThat(reason.path()).isEqualTo("/keyStatusProofs/" + element(hidden, RecordCodec.parse(certificate()).hash().hex()));
        assertThat(reason.message()).contains(RecordCodec.parse(SUSPENSION).hash().hex());
        assertThat(report.keyStatusProven()).isFalse();
    }

    /** Suspends the certificate of the lot's first claim from a day after the lot's last record, through the real append code. */
    private static byte[] suspendFirstClaimedCertificate() {
        List<SignedRecord> upstream = new ArrayList<>();
        Bundles.records(Bundles.export(RETAIL)).forEach(w -> upstream.add(RecordCodec.parse(w)));
        Instant last = upstream.stream().map(SignedRecord::time).max(Comparator.naturalOrder()).orElseThrow();
        String certificate = upstream.stream().filter(r -> !BundleStatusCheck.claims(r).isEmpty())
                .map(r -> BundleStatusCheck.certificateOf(BundleStatusCheck.claims(r).get(0)).orElseThrow()).findFirst().orElseThrow();
        byte[] suspension = RecordBuilder.of(RecordType.CERTIFICATE_STATUS, DemoParties.CERTIFIER).version(ProtocolVersion.V2)
                .time(last.plusSeconds(2 * 86_400))
                .body(Json.obj("certificate", certificate, "status", "suspended",
                        "effectiveFrom", RecordBuilder.formatTime(last.plusSeconds(86_400)), "reason", "Unannounced inspection failed"))
                .sign(PARTIES.key(DemoParties.CERTIFIER));
        AppendOutcome outcome = new Appender(STORE, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard()).append(suspension);
        assertThat(outcome).isInstanceOf(AppendOutcome.Accepted.class);
        return suspension;
    }

    private static byte[] certificate() {
        String hash = ((JsonString) RecordCodec.parse(SUSPENSION).body().get("certificate").orElseThrow()).value();
        return CoffeeJourney.records().stream().filter(w -> RecordCodec.parse(w).hash().hex().equals(hash)).findFirst().orElseThrow();
    }

    private static int indexOf(List<byte[]> records, byte[] record) {
        for (int i = 0; i < records.size(); i++) {
            if (RecordCodec.parse(records.get(i)).hash().equals(RecordCodec.parse(record).hash())) {
                return i;
            }
        }
        return -1;
    }

    private static int element(byte[] bundle, String id) {
        List<JsonValue> elements = StatusBundles.elements(bundle);
        for (int i = 1; i < elements.size(); i++) {
            if (((JsonObject) elements.get(i)).get("id").orElseThrow().equals(new JsonString(id))) {
                return i;
            }
        }
        throw new AssertionError("no proof for " + id);
    }
}

package io.trazo.query.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.log.LogFixture;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.CoffeeJourneyV2;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.bundle.BundleFormat;
import io.trazo.ledger.bundle.BundleReport;
import io.trazo.ledger.bundle.BundleVerifier;
import io.trazo.ledger.bundle.ParsedBundle;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.log.LeafProof;
import io.trazo.ledger.log.LogEvidence;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.query.CliRun;
import io.trazo.query.SeededLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * A certifier suspends a certificate after the v2 journey (whose retail bag still holds its claims), through the real append code over the Mongo-wire
 * stand-in, and the real sequencer logs it with the status map. The lot's bundle from query then carries the
 * suspension (protocol §18), so {@code trazo audit} offline answers what {@code /lots/{lot}/audit} answers, byte
 * for byte; the same bundle with the suspension cut out fails {@code CERTIFICATE_STATUS_OMITTED} (§20.6).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CertificateStatusBundleIntegrationTests {

    private static final BundleVerifier VERIFIER = new BundleVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard())
            .withLog(LogFixture.ORIGIN, LogFixture.signer().verifierKey());
    private static final byte[] SUSPENSION = suspension();
    private static final SeededLedger LEDGER = SeededLedger.appending("trazo-certificate-status-it-", withSuspension());

    private static List<byte[]> withSuspension() {
        List<byte[]> all = new ArrayList<>(CoffeeJourneyV2.records());
        all.add(SUSPENSION);
        return all;
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        LEDGER.register(registry);
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void theBundleCarriesTheSuspensionSoTheOfflineAuditIsTheApisAndCuttingItOutIsCaught(@TempDir Path dir) throws Exception {
        LoggedLedger log = new LoggedLedger(LEDGER.uri(), LEDGER.name());
        log.sequence();
        byte[] served = log.bundle(port, CoffeeJourneyV2.RETAIL);
        assertThat(BundleFormat.read(served).records()).extracting(r -> RecordCodec.parse(r).hash())
                .contains(RecordCodec.parse(SUSPENSION).hash());
        BundleReport report = VERIFIER.requiringKeyStatus().verify(served);
        assertThat(report.findings()).isEmpty();
        assertThat(report.keyStatusProven()).isTrue();

        Path bundle = Files.write(dir.resolve("bundle.json"), served);
        Path trustRoot = Files.writeString(dir.resolve("trust-root.txt"), CoffeeJourney.trustRoot().base64Url() + "\n");
        String logKey = LogFixture.signer().verifierKey().encode();
        String online = RestClient.create("http://127.0.0.1:" + port).get().uri("/lots/{lot}/audit", CoffeeJourneyV2.RETAIL).retrieve()
                .body(String.class);
        assertThat(online).as("the suspension taints the lot online").contains("\"tainted\":true");
        CliRun offline = CliRun.of("audit", "--trust-root", trustRoot.toString(), "--log-key", logKey, "--json", bundle.toString());
        assertThat(offline.out()).isEqualTo(online + "\n");

        byte[] cut = without(served, SUSPENSION);
        BundleReport stripped = VERIFIER.verify(cut);
        assertThat(stripped.reason().orElseThrow().code().name()).as(stripped.findings().toString()).isEqualTo("CERTIFICATE_STATUS_OMITTED");
        assertThat(stripped.reason().orElseThrow().message()).contains(RecordCodec.parse(SUSPENSION).hash().hex());
        CliRun refused = CliRun.of("audit", "--trust-root", trustRoot.toString(), "--log-key", logKey, "--json",
                Files.write(dir.resolve("cut.json"), cut).toString());
        assertThat(refused.exit()).isEqualTo(1);
    }

    /** The v2 journey's first claimed certificate suspended from a day after the lot's last record, signed by its certifier. */
    private static byte[] suspension() {
        List<SignedRecord> journey = CoffeeJourneyV2.records().stream().map(RecordCodec::parse).toList();
        Instant last = journey.stream().map(SignedRecord::time).max(Comparator.naturalOrder()).orElseThrow();
        String certificate = journey.stream().filter(r -> r.type() == RecordType.EVENT && r.body().has("claims"))
                .map(r -> ((JsonString) ((JsonObject) ((JsonArray) r.body().get("claims").orElseThrow()).elements().get(0))
                        .get("certificate").orElseThrow()).value())
                .findFirst().orElseThrow();
        return RecordBuilder.of(RecordType.CERTIFICATE_STATUS, DemoParties.CERTIFIER).version(ProtocolVersion.V2)
                .time(last.plusSeconds(2 * 86_400))
                .body(Json.obj("certificate", certificate, "status", "suspended",
                        "effectiveFrom", RecordBuilder.formatTime(last.plusSeconds(86_400)), "reason", "Unannounced inspection failed"))
                .sign(new DemoParties().key(DemoParties.CERTIFIER));
    }

    /** The bundle without {@code record} and its log proof, everything else (checkpoint, key-status proofs) kept. */
    private static byte[] without(byte[] bundle, byte[] record) {
        ParsedBundle parsed = BundleFormat.read(bundle);
        LogEvidence log = parsed.log().orElseThrow();
        List<byte[]> kept = new ArrayList<>();
        List<LeafProof> proofs = new ArrayList<>();
        for (int i = 0; i < parsed.records().size(); i++) {
            if (!RecordCodec.parse(parsed.records().get(i)).hash().equals(RecordCodec.parse(record).hash())) {
                kept.add(parsed.records().get(i));
                proofs.add(log.proofs().get(i));
            }
        }
        assertThat(kept).hasSize(parsed.records().size() - 1);
        return BundleFormat.write(parsed.lot(), parsed.head(), kept, new LogEvidence(log.checkpoint(), proofs), parsed.keyStatusProofs(),
                List.of());
    }
}

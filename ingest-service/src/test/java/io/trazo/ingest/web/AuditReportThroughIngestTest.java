package io.trazo.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trazo.cli.TrazoCli;
import io.trazo.demo.CoffeeJourneyV2;
import io.trazo.demo.DemoParties;
import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.IngestRig;
import io.trazo.ledger.crypto.Base64Url;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.record.RecordCodec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A certifier's audit report, signed with {@code trazo sign-audit-report} on the certifier's side and published
 * through the capture endpoint of a real ingest, like any record: accepted when a certifier signed it, refused
 * when anyone else did (docs/protocol.md §8.7, §12).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditReportThroughIngestTest {

    private final IngestRig rig = new IngestRig();
    private IngestInstance ingest;
    private String url;

    @TempDir
    static Path dir;

    @BeforeAll
    void start() throws Exception {
        ingest = IngestInstance.start(rig);
        url = "http://127.0.0.1:" + ingest.context().getEnvironment().getProperty("local.server.port");
        Path demo = Files.createDirectories(dir.resolve("demo"));
        assertThat(trazo("demo", "--out", demo.toString()).code()).isZero();
        Files.writeString(dir.resolve("report.pdf"), "%PDF-1.7 annual inspection report");
        String last = RecordCodec.parse(CoffeeJourneyV2.records().get(CoffeeJourneyV2.records().size() - 1)).hash().hex();
        assertThat(trazo("publish", "--capture-url", url, demo.resolve("journey-v2.jsonl").toString()).code()).isZero();
        await().atMost(Duration.ofSeconds(90)).until(() -> trazo("status", "--capture-url", url, "--record", last).code() == 0);
    }

    @AfterAll
    void stop() {
        ingest.close();
        rig.close();
    }

    record Run(int code, String out, String err) {}

    private static Run trazo(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TrazoCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private String sign(String keyFile, String actor, String out) {
        Run signed = trazo("sign-audit-report", "--key", keyFile, "--actor", actor, "--subject-lot", CoffeeJourneyV2.RETAIL,
                "--subject-actor", DemoParties.FARM_WOMEN, "--scheme", "IWCA women-produced coffee, annual audit", "--verdict", "pass",
                "--report", dir.resolve("report.pdf").toString(), "--time", "2026-12-02T10:00:00Z", "--out", dir.resolve(out).toString());
        assertThat(signed.code()).as(signed.err()).isZero();
        return dir.resolve(out).toString();
    }

    private String publishAndWait(String file) throws Exception {
        String hash = RecordCodec.parse(Files.readAllBytes(Path.of(file))).hash().hex();
        assertThat(trazo("publish", "--capture-url", url, file).code()).isZero();
        await().atMost(Duration.ofSeconds(60)).until(() -> trazo("status", "--capture-url", url, "--record", hash).code() <= 1);
        return trazo("status", "--capture-url", url, "--record", hash).out().strip();
    }

    @Test
    void aReportTheCertifierSignedIsAccepted() throws Exception {
        String file = sign(dir.resolve("demo/certifier.key").toString(), DemoParties.CERTIFIER, "certified.json");
        assertThat(publishAndWait(file)).startsWith("ACCEPTED");
    }

    @Test
    void aReportTheFarmSignedAboutItselfIsRefusedForItsRole() throws Exception {
        String file = sign(keyFile(DemoParties.FARM_WOMEN), DemoParties.FARM_WOMEN, "self-assessed.json");
        assertThat(publishAndWait(file)).startsWith("REJECTED").contains("ROLE_NOT_PERMITTED /sigs/0");
    }

    /** The demo farm's key file, derived as DemoParties derives it (a public name: demo use only). */
    private Path keyFileOf(String actor) throws Exception {
        byte[] seed = Digest.sha256(("trazo-demo-key:" + actor).getBytes(StandardCharsets.UTF_8)).toBytes();
        SigningKey key = SigningKey.fromSeed(seed);
        return Files.write(dir.resolve("farm.key"), Jcs.canonicalize(Json.obj("keyId", key.keyId().value(),
                "publicKey", key.publicKey().base64Url(), "seed", Base64Url.encode(seed))));
    }

    private String keyFile(String actor) throws Exception {
        return keyFileOf(actor).toString();
    }
}

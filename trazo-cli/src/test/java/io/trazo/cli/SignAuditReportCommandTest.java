package io.trazo.cli;

import static io.trazo.cli.TrazoRun.trazo;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourneyV2;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.claim.AuditReports;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A certifier signs an audit report on its own machine, and anyone verifies it against the trust root. */
class SignAuditReportCommandTest {

    @TempDir
    Path dir;

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void theDemoCertifierSignsAReportPinningTheFileAndItVerifiesWithTheV2Journey() throws Exception {
        assertThat(trazo("demo", "--out", path("demo")).code()).isZero();
        byte[] pdf = "%PDF-1.7 annual inspection of Asociación de Mujeres Caficultoras de Villamaría".getBytes();
        Files.write(dir.resolve("report.pdf"), pdf);
        TrazoRun signed = trazo("sign-audit-report", "--key", path("demo/certifier.key"), "--actor", DemoParties.CERTIFIER,
                "--subject-lot", CoffeeJourneyV2.RETAIL, "--subject-actor", DemoParties.FARM_WOMEN,
                "--period-from", "2026-10-01T00:00:00Z", "--period-to", "2026-12-01T00:00:00Z",
                "--scheme", "EU 2018/848 annual inspection", "--verdict", "pass", "--finding", "Buffer zones kept on every plot",
                "--report", path("report.pdf"), "--time", "2026-12-02T10:00:00Z", "--out", path("report.json"));
        assertThat(signed.code()).as(signed.err()).isZero();

        SignedRecord record = RecordCodec.parse(Files.readAllBytes(dir.resolve("report.json")));
        assertThat(record.version()).isEqualTo(ProtocolVersion.V2);
        assertThat(record.type()).isEqualTo(RecordType.AUDIT_REPORT);
        var report = AuditReports.read(record);
        assertThat(report.reportSha256()).isEqualTo(Digest.sha256(pdf));
        assertThat(report.lot()).contains(CoffeeJourneyV2.RETAIL);
        assertThat(report.actor()).contains(DemoParties.FARM_WOMEN);
        assertThat(report.verdict()).isEqualTo("pass");

        TrazoRun verified = trazo("verify", "--trust-root", path("demo/trust-root.txt"), path("demo/journey-v2.jsonl"), path("report.json"));
        assertThat(verified.code()).as(verified.out() + verified.err()).isZero();
    }

    @Test
    void aReportWithNoSubjectOrAnUnknownVerdictIsRefusedBeforeAnythingIsWritten() throws Exception {
        assertThat(trazo("demo", "--out", path("demo")).code()).isZero();
        Files.writeString(dir.resolve("report.pdf"), "report");
        TrazoRun noSubject = trazo("sign-audit-report", "--key", path("demo/certifier.key"), "--actor", DemoParties.CERTIFIER,
                "--scheme", "IWCA", "--verdict", "pass", "--report", path("report.pdf"), "--out", path("a.json"));
        assertThat(noSubject.code()).isEqualTo(1);
        assertThat(noSubject.err()).contains("/body/subject");
        TrazoRun badVerdict = trazo("sign-audit-report", "--key", path("demo/certifier.key"), "--actor", DemoParties.CERTIFIER,
                "--subject-actor", DemoParties.FARM_WOMEN, "--scheme", "IWCA", "--verdict", "excellent", "--report", path("report.pdf"),
                "--out", path("b.json"));
        assertThat(badVerdict.code()).isEqualTo(1);
        assertThat(badVerdict.err()).contains("/body/verdict");
        assertThat(dir.resolve("a.json")).doesNotExist();
        assertThat(dir.resolve("b.json")).doesNotExist();
    }
}

package io.trazo.query.web;

import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourneyV2;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.query.SeededLedger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A certifier's audit reports, appended by the real append code, found by the lot, actor or certificate they name. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AuditReportIntegrationTests {

    private static final String ORGANIC = RecordCodec.parse(CoffeeJourneyV2.records().stream()
            .filter(w -> RecordCodec.parse(w).type() == RecordType.CERTIFICATE).findFirst().orElseThrow()).hash().hex();
    private static final List<String> REPORTS = new ArrayList<>();
    private static final SeededLedger LEDGER = SeededLedger.appending("trazo-audit-reports-", withReports());

    private static List<byte[]> withReports() {
        List<byte[]> records = new ArrayList<>(CoffeeJourneyV2.records());
        records.add(report("2026-12-02T10:00:00.000Z", obj("lot", CoffeeJourneyV2.RETAIL, "actor", DemoParties.ROASTER), "pass"));
        records.add(report("2026-12-03T10:00:00.000Z", obj("actor", DemoParties.FARM_WOMEN, "certificate", ORGANIC), "conditional"));
        return records;
    }

    private static byte[] report(String time, Object subject, String verdict) {
        byte[] wire = RecordBuilder.of(RecordType.AUDIT_REPORT, DemoParties.CERTIFIER).version(ProtocolVersion.V2).time(Instant.parse(time))
                .body(obj("subject", subject, "scheme", "EU 2018/848 annual inspection", "verdict", verdict,
                        "findings", arr("Records kept"), "reportSha256", "ab".repeat(32)))
                .sign(new DemoParties().key(DemoParties.CERTIFIER));
        REPORTS.add(RecordCodec.parse(wire).hash().hex());
        return wire;
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        LEDGER.register(registry);
    }

    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aReportIsFoundByEachSubjectItNamesAndByNoOther() throws Exception {
        assertThat(get("/audit-reports?subject=" + CoffeeJourneyV2.RETAIL).body()).contains(REPORTS.get(0)).doesNotContain(REPORTS.get(1));
        assertThat(get("/audit-reports?subject=" + DemoParties.ROASTER).body()).contains(REPORTS.get(0)).doesNotContain(REPORTS.get(1));
        assertThat(get("/audit-reports?subject=" + DemoParties.FARM_WOMEN).body()).contains(REPORTS.get(1)).doesNotContain(REPORTS.get(0));
        assertThat(get("/audit-reports?subject=" + ORGANIC).body()).contains(REPORTS.get(1)).doesNotContain(REPORTS.get(0));
        HttpResponse<String> none = get("/audit-reports?subject=" + CoffeeJourneyV2.GREEN);
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).contains("\"records\":[]");
    }

    @Test
    void theCertifiersOtherRecordsAreNotReportsEvenWhenTheyNameTheSubject() throws Exception {
        // the certificates and status records also name the farm (as holder): only audit reports are listed
        String body = get("/audit-reports?subject=" + DemoParties.FARM_WOMEN).body();
        assertThat(body.split("\"hash\":").length - 1).isEqualTo(1);
    }

    @Test
    void aSubjectThatIsNoActorLotOrCertificateIsAProblemNamingTheParameter() throws Exception {
        HttpResponse<String> bad = get("/audit-reports?subject=roaster");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("https://trazo.dev/problems/bad-parameter", "\"parameter\":\"subject\"");
    }
}

package io.trazo.cli;

import static io.trazo.cli.TrazoRun.throughMain;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.event.EventHashId;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trazo sign-epcis}: an exporter's own EPCIS document becomes linked v2 records a buyer can verify. */
class SignEpcisCommandTest {

    private static final String LOT = "urn:epc:class:lgtin:4012345.012345.AND-2026-11";
    private static final String DOCUMENT = """
            {"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",{"ex":"https://example.org/ns/"}],
             "type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-11-02T00:00:00Z",
             "epcisBody":{"eventList":[
              {"type":"ObjectEvent","eventTime":"2026-11-01T08:00:00.123456-05:00","eventTimeZoneOffset":"-05:00",
               "action":"ADD","bizStep":"commissioning","ex:grade":"AA",
               "quantityList":[{"epcClass":"%1$s","quantity":200.5,"uom":"KGM"}]},
              {"type":"ObjectEvent","eventTime":"2026-11-01T16:30:00Z","eventTimeZoneOffset":"-05:00",
               "action":"OBSERVE","bizStep":"cbv:BizStep-shipping","disposition":"in_transit",
               "quantityList":[{"epcClass":"%1$s","quantity":200.5,"uom":"KGM"}]}]}}""".formatted(LOT);

    @TempDir
    Path dir;

    @Test
    void everyEventBecomesALinkedV2RecordWhoseEventIdIsTheGs1HashAndTheLedgerVerifies() throws Exception {
        Path ledger = dir.resolve("ledger.jsonl");
        for (byte[] r : CoffeeJourney.records().subList(0, 23)) {
            RecordFiles.append(ledger, r);
        }
        RecordFiles.append(ledger, companyPrefixDelegatedToTheExporter());
        Path doc = Files.writeString(dir.resolve("doc.jsonld"), DOCUMENT.replace("\"cbv:BizStep-shipping\"", "\"shipping\""));
        Path key = dir.resolve("exporter.json");
        KeyFiles.write(key, new DemoParties().key(DemoParties.EXPORTER));

        TrazoRun signed = throughMain("sign-epcis", "--document", doc.toString(), "--actor", DemoParties.EXPORTER, "--key", key.toString(),
                "--ledger", ledger.toString(), "--out", ledger.toString());
        assertThat(signed.code()).as(signed.out()).isZero();
        List<SignedRecord> records = signed.out().lines().map(l -> RecordCodec.parse(l.getBytes(StandardCharsets.UTF_8))).toList();
        List<String> gs1 = EventHashId.computeAll((JsonObject) StrictJson.parseRecord(Files.readAllBytes(doc)));
        assertThat(records).hasSize(2).allSatisfy(r -> assertThat(r.version()).isEqualTo(ProtocolVersion.V2));
        assertThat(records).extracting(r -> ((JsonString) r.body().get("eventId").orElseThrow()).value()).containsExactlyElementsOf(gs1);
        assertThat(records.get(0).links()).isEmpty();
        assertThat(records.get(1).links()).singleElement().satisfies(l -> assertThat(l.prev()).isEqualTo(records.get(0).hash()));
        assertThat(new String(records.get(0).wireBytes(), StandardCharsets.UTF_8)).contains("\"time\":\"2026-11-01T13:00:00.123456Z\"");

        Path root = Files.writeString(dir.resolve("root.txt"), CoffeeJourney.trustRoot().base64Url() + "\n");
        TrazoRun verified = throughMain("verify", "--trust-root", root.toString(), ledger.toString());
        assertThat(verified.code()).as(verified.out()).isZero();
    }

    /**
     * Opening a GS1 lot in v2 needs its company prefix (docs/protocol.md §11). The demo exporter's actor
     * record is v1, whose attributes own nothing and which cannot be registered again, so governance
     * grants it the prefix as it would a real exporter registered before v2.
     */
    private static byte[] companyPrefixDelegatedToTheExporter() {
        Map<String, JsonValue> body = new LinkedHashMap<>();
        body.put("namespace", new JsonString("gs1:4012345"));
        body.put("delegate", new JsonString(DemoParties.EXPORTER));
        body.put("validFrom", new JsonString("2026-10-01T00:00:00.000Z"));
        return RecordBuilder.governance(RecordType.DELEGATION).version(ProtocolVersion.V2)
                .time(Instant.parse("2026-10-01T00:00:00.000Z")).body(new JsonObject(body)).sign(new DemoParties().governance());
    }

    @Test
    void aLotTheLedgerAlreadyHoldsIsLinkedToTheHeadTheQueryApiNames() throws Exception {
        String head = "ab".repeat(32);
        HttpServer query = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        query.createContext("/lots/", exchange -> {
            boolean known = exchange.getRequestURI().getRawPath().endsWith("AND-2026-11");
            byte[] body = known ? ("{\"lot\":\"" + LOT + "\",\"head\":\"" + head + "\"}").getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.sendResponseHeaders(known ? 200 : 404, known ? body.length : -1);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        query.start();
        try {
            Path doc = Files.writeString(dir.resolve("doc.jsonld"), DOCUMENT);
            Path key = dir.resolve("exporter.json");
            KeyFiles.write(key, new DemoParties().key(DemoParties.EXPORTER));
            TrazoRun signed = throughMain("sign-epcis", "--document", doc.toString(), "--actor", DemoParties.EXPORTER, "--key", key.toString(),
                    "--query-url", "http://127.0.0.1:" + query.getAddress().getPort());
            assertThat(signed.code()).as(signed.out()).isZero();
            List<SignedRecord> records = signed.out().lines().map(l -> RecordCodec.parse(l.getBytes(StandardCharsets.UTF_8))).toList();
            assertThat(records.get(0).links()).singleElement().satisfies(l -> assertThat(l.prev().hex()).isEqualTo(head));
            assertThat(records.get(1).links()).singleElement().satisfies(l -> assertThat(l.prev()).isEqualTo(records.get(0).hash()));
        } finally {
            query.stop(0);
        }
    }

    @Test
    void anEventV2RefusesIsReportedByItsReasonAndNothingIsWritten() throws Exception {
        Path doc = Files.writeString(dir.resolve("doc.jsonld"), DOCUMENT.replace("in_transit", "in_transport"));
        Path key = dir.resolve("exporter.json");
        KeyFiles.write(key, new DemoParties().key(DemoParties.EXPORTER));
        Path out = dir.resolve("out.jsonl");
        TrazoRun signed = throughMain("sign-epcis", "--document", doc.toString(), "--actor", DemoParties.EXPORTER, "--key", key.toString(),
                "--out", out.toString());
        assertThat(signed.code()).isEqualTo(1);
        assertThat(signed.out()).isEmpty();
        assertThat(out).doesNotExist();
    }
}

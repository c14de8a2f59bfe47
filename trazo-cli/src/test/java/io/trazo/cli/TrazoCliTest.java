package io.trazo.cli;

import static io.trazo.cli.TrazoRun.throughMain;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as an exporter and a buyer use it: keys, steps, co-signing, offline verification. */
class TrazoCliTest {

    @TempDir
    Path dir;

    @Test
    void keygenWritesAPrivateKeyFileAndRefusesToOverwriteIt() throws Exception {
        Path key = dir.resolve("k.json");
        assertThat(throughMain("keygen", "--out", key.toString()).code()).isZero();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(KeyFiles.read(key).keyId().value()).startsWith("ed25519:");
        assertThat(throughMain("keygen", "--out", key.toString()).code()).isEqualTo(2);
    }

    @Test
    void anExporterBuildsLinkedRecordsAndABuyerVerifiesThemOffline() throws Exception {
        Path ledger = dir.resolve("ledger.jsonl");
        for (byte[] r : CoffeeJourney.records().subList(0, 23)) {
            RecordFiles.append(ledger, r);
        }
        Path farmKey = dir.resolve("farm.json");
        KeyFiles.write(farmKey, new DemoParties().key(DemoParties.FARM_WOMEN));
        Path harvest = step("harvest.json", """
                {"type":"event","actor":"urn:trazo:actor:asomucafe-villamaria","event":{"type":"ObjectEvent",
                 "eventTime":"2026-10-09T08:00:00.000-05:00","eventTimeZoneOffset":"-05:00","action":"ADD",
                 "bizStep":"https://ns.trazo.dev/voc/BizStep-harvesting",
                 "quantityList":[{"epcClass":"urn:trazo:lot:asomucafe-villamaria:cherry-2026-099","quantity":640,"uom":"KGM"}]}}""");
        assertThat(throughMain("build", "--step", harvest.toString(), "--key", farmKey.toString(), "--ledger", ledger.toString(), "--append").code()).isZero();
        Path drying = step("drying.json", """
                {"type":"event","actor":"urn:trazo:actor:asomucafe-villamaria","event":{"type":"ObjectEvent",
                 "eventTime":"2026-10-15T08:00:00.000-05:00","eventTimeZoneOffset":"-05:00","action":"OBSERVE",
                 "bizStep":"https://ns.trazo.dev/voc/BizStep-drying",
                 "quantityList":[{"epcClass":"urn:trazo:lot:asomucafe-villamaria:cherry-2026-099","quantity":610,"uom":"KGM"}]}}""");
        TrazoRun built = throughMain("build", "--step", drying.toString(), "--key", farmKey.toString(), "--ledger", ledger.toString(), "--append");
        assertThat(built.code()).isZero();
        SignedRecord dried = RecordCodec.parse(built.out().strip().getBytes(StandardCharsets.UTF_8));
        assertThat(dried.links()).singleElement().satisfies(l -> assertThat(l.lot()).endsWith("cherry-2026-099"));

        Path root = dir.resolve("root.txt");
        Files.writeString(root, "# demo governance\n" + CoffeeJourney.trustRoot().base64Url() + "\n");
        TrazoRun verified = throughMain("verify", "--trust-root", root.toString(), ledger.toString());
        assertThat(verified.code()).as(verified.out()).isZero();
        assertThat(verified.out()).contains("25 records, 25 verified, 0 failed");

        List<String> lines = Files.readAllLines(ledger);
        Files.writeString(ledger, String.join("\n", lines).replace("\"quantity\":610", "\"quantity\":910") + "\n");
        TrazoRun tampered = throughMain("verify", "--trust-root", root.toString(), "--quiet", ledger.toString());
        assertThat(tampered.code()).isEqualTo(1);
        assertThat(tampered.out()).contains("EVENT_HASH_MISMATCH").contains("1 failed");
    }

    @Test
    void aFindingAboutTheWholeRecordIsPrintedAtTheRootPointerAsTheEmptyString() throws Exception {
        Path root = dir.resolve("root.txt");
        Files.writeString(root, CoffeeJourney.trustRoot().base64Url() + "\n");
        Path notAnObject = dir.resolve("array.json");
        Files.writeString(notAnObject, "[1]");

        TrazoRun verified = throughMain("verify", "--trust-root", root.toString(), notAnObject.toString());

        assertThat(verified.code()).isEqualTo(1);
        assertThat(verified.out()).contains("NOT_AN_OBJECT at \"\": a record is a JSON object").doesNotContain(" at /:");
    }

    @Test
    void aCounterpartyCoSignsAHandover() throws Exception {
        byte[] handover = CoffeeJourney.records().get(25);
        SignedRecord original = RecordCodec.parse(handover);
        assertThat(original.signatures()).hasSize(2);
        Path onlyActor = dir.resolve("handover.json");
        Files.write(onlyActor, stripSignatures(original));
        Path farmKey = dir.resolve("farm.json");
        KeyFiles.write(farmKey, new DemoParties().key(DemoParties.FARM_WOMEN));
        TrazoRun cosigned = throughMain("cosign", "--record", onlyActor.toString(), "--key", farmKey.toString());
        assertThat(cosigned.code()).isZero();
        assertThat(cosigned.out().strip().getBytes(StandardCharsets.UTF_8)).isEqualTo(handover);
    }

    /** The record as the acting actor alone signed it. */
    private static byte[] stripSignatures(SignedRecord r) {
        var m = new java.util.LinkedHashMap<>(r.json().members());
        m.put("sigs", new io.trazo.ledger.encoding.JsonArray(List.of(((io.trazo.ledger.encoding.JsonArray) m.get("sigs")).elements().get(0))));
        return io.trazo.ledger.encoding.Jcs.canonicalize(new io.trazo.ledger.encoding.JsonObject(m));
    }

    private Path step(String name, String json) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, json);
        return p;
    }
}

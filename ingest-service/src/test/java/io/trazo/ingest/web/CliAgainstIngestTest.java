package io.trazo.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.IngestRig;
import io.trazo.ingest.testing.KafkaTarget;
import io.trazo.cli.TrazoCli;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.record.RecordCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code trazo publish} and {@code trazo status}, and the ingest jar's Kafka {@code publish}, against a running service. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliAgainstIngestTest {

    private static final List<byte[]> JOURNEY = CoffeeJourney.records();
    private final IngestRig rig = new IngestRig();
    private IngestInstance ingest;
    private String url;

    @TempDir
    Path dir;

    @BeforeAll
    void start() {
        ingest = IngestInstance.start(rig);
        url = "http://127.0.0.1:" + ingest.context().getEnvironment().getProperty("local.server.port");
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

    private Path jsonl(String name, List<byte[]> records) throws IOException {
        Path file = dir.resolve(name);
        StringBuilder s = new StringBuilder();
        records.forEach(r -> s.append(new String(r, java.nio.charset.StandardCharsets.UTF_8)).append('\n'));
        return Files.writeString(file, s);
    }

    @Test
    void publishPrintsCaptureIdsAndStatusReportsEveryRecordOnceItIsInTheLedger() throws Exception {
        Path file = jsonl("journey.jsonl", JOURNEY);
        Run published = trazo("publish", "--capture-url", url, "--batch", "25", file.toString());
        assertThat(published.code()).as(published.err()).isZero();
        List<String> captures = published.out().lines().toList();
        assertThat(captures).hasSize((JOURNEY.size() + 24) / 25).allSatisfy(id -> assertThat(id).hasSize(36));

        for (String capture : captures) {
            await().atMost(Duration.ofSeconds(60)).until(() -> trazo("status", "--capture-url", url, "--capture", capture).code() == 0);
        }
        Run all = trazo("status", "--capture-url", url, "--capture", captures.get(0));
        assertThat(all.out().lines()).hasSize(25).allSatisfy(l -> assertThat(l).matches("ACCEPTED +[0-9a-f]{64} @\\d+"));

        String hash = RecordCodec.parse(JOURNEY.get(0)).hash().hex();
        Run one = trazo("status", "--capture-url", url + "/capture", "--record", hash);
        assertThat(one.code()).isZero();
        assertThat(one.out().strip()).matches("ACCEPTED +" + hash + " @\\d+");
    }

    @Test
    void theIngestJarPublishesStraightToKafkaAndStatusReportsAForkWithItsReason() throws Exception {
        Path journey = jsonl("journey.jsonl", JOURNEY);
        Run sent = publishToKafka(journey);
        assertThat(sent.code()).as(sent.err()).isZero();
        assertThat(sent.out().lines()).hasSize(JOURNEY.size()).allSatisfy(l -> assertThat(l).matches(rig.records + "/\\d+/\\d+ [0-9a-f]{64}"));
        String last = RecordCodec.parse(JOURNEY.get(JOURNEY.size() - 1)).hash().hex();
        await().atMost(Duration.ofSeconds(60)).until(() -> trazo("status", "--capture-url", url, "--record", last).code() == 0);

        byte[] fork = resource("/vectors/protocol/invalid/swapped-link.json");
        Path file = Files.write(dir.resolve("fork.json"), fork);
        assertThat(publishToKafka(file).code()).isZero();
        String hash = RecordCodec.parse(fork).hash().hex();
        await().atMost(Duration.ofSeconds(60)).until(() -> trazo("status", "--capture-url", url, "--record", hash).code() == 1);
        assertThat(trazo("status", "--capture-url", url, "--record", hash).out()).startsWith("REJECTED  " + hash + " FORK /links: ");
    }

    private Run publishToKafka(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TrazoCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "publish",
                "--bootstrap", KafkaTarget.bootstrap(), "--topic", rig.records, file.toString());
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void statusExitCodesTellAnUnknownRecordABadHashAndAnUnreachableServiceApart() {
        Run unknown = trazo("status", "--capture-url", url, "--record", "ab".repeat(32));
        assertThat(unknown.code()).as("unknown to ingest, not a service failure").isEqualTo(5);
        assertThat(unknown.err()).contains("HTTP 404 https://trazo.dev/problems/record-not-found");
        Run bad = trazo("status", "--capture-url", url, "--record", "XYZ");
        assertThat(bad.code()).as("a usage error").isEqualTo(2);
        assertThat(bad.err()).contains("HTTP 400 https://trazo.dev/problems/invalid-record-hash");
        Run capture = trazo("status", "--capture-url", url, "--capture", "no-such-capture");
        assertThat(capture.code()).isEqualTo(5);
        assertThat(capture.err()).contains("capture-not-found");
        Run down = trazo("status", "--capture-url", "http://127.0.0.1:1", "--record", "ab".repeat(32));
        assertThat(down.code()).as("ingest unreachable").isEqualTo(4);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CliAgainstIngestTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}

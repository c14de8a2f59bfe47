package io.trazo.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.IngestRig;
import io.trazo.cli.TrazoCli;
import io.trazo.ledger.record.RecordCodec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/walkthroughs/exporter.md, command for command, against a running ingest: the governance holder
 * registers an exporter and its key, the exporter signs and publishes, and status tells the truth at
 * each step, with exit codes that mean what they say.
 */
class ExporterWalkthroughTest {

    private static final String EXPORTER = "urn:trazo:actor:cafe-del-norte";
    private static final String LOT = "urn:trazo:lot:cafe-del-norte:green-2026-001";

    private final IngestRig rig = new IngestRig();
    private IngestInstance ingest;
    private String url;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        // retry rounds enough that the governance holder can answer while the event waits, however loaded the machine
        ingest = IngestInstance.start(rig, Map.of("trazo.retry.attempts", "10"));
        url = "http://127.0.0.1:" + ingest.context().getEnvironment().getProperty("local.server.port");
    }

    @AfterEach
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

    private Run ok(String... args) {
        Run r = trazo(args);
        assertThat(r.code()).as("trazo %s: %s", String.join(" ", args), r.err()).isZero();
        return r;
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void anExporterGetsItsKeyRegisteredSignsAndSeesItsRecordInTheLedger() throws Exception {
        ok("demo", "--out", path("demo"));
        String governance = path("demo/governance.key");
        String publicKey = ok("keygen", "--out", path("exporter.key")).out().lines().filter(l -> l.startsWith("publicKey"))
                .findFirst().orElseThrow().split("\\s+")[1];

        Files.writeString(dir.resolve("commissioning.json"), step("2026-11-20T08:00:00.000-05:00", "commissioning", "ADD"));
        String event = ok("build", "--step", path("commissioning.json"), "--key", path("exporter.key"), "--ledger", path("mine.jsonl"),
                "--append").out().strip();
        String hash = RecordCodec.parse(event.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hash().hex();
        ok("publish", "--capture-url", url, path("mine.jsonl"));
        await().atMost(Duration.ofSeconds(60)).until(() -> trazo("status", "--capture-url", url, "--record", hash).code() == 3);
        Run waiting = trazo("status", "--capture-url", url, "--record", hash);
        assertThat(waiting.out()).startsWith("DEFERRED  " + hash + " waiting: UNKNOWN_KEY — key ed25519:")
                .contains("is not registered").contains("MISSING_DEPENDENCY");

        ok("registry", "actor", "--governance-key", governance, "--id", EXPORTER, "--name", "Café del Norte S.A.S.", "--role", "exporter",
                "--attribute", "country=CO", "--out", path("actor.json"));
        ok("registry", "key", "--governance-key", governance, "--actor", EXPORTER, "--public-key", publicKey,
                "--valid-from", "2026-01-01T00:00:00Z", "--out", path("key.json"));
        String registration = ok("publish", "--capture-url", url, path("actor.json"), path("key.json")).out().strip();
        await().atMost(Duration.ofSeconds(60)).until(() -> trazo("status", "--capture-url", url, "--capture", registration).code() == 0);

        await().atMost(Duration.ofSeconds(120)).until(() -> trazo("status", "--capture-url", url, "--record", hash).code() == 0);
        assertThat(trazo("status", "--capture-url", url, "--record", hash).out()).matches("(?s)ACCEPTED +" + hash + " @\\d+\\s*");
    }

    @Test
    void aRevokedKeyAndARegistrationSignedOutsideTheTrustRootAreRefusedAtOnce() throws Exception {
        ok("demo", "--out", path("demo"));
        String governance = path("demo/governance.key");
        String publicKey = ok("keygen", "--out", path("exporter.key")).out().lines().filter(l -> l.startsWith("publicKey"))
                .findFirst().orElseThrow().split("\\s+")[1];
        ok("registry", "actor", "--governance-key", governance, "--id", EXPORTER, "--name", "Café del Norte S.A.S.", "--role", "exporter",
                "--out", path("actor.json"));
        ok("registry", "key", "--governance-key", governance, "--actor", EXPORTER, "--public-key", publicKey,
                "--valid-from", "2026-01-01T00:00:00Z", "--out", path("key.json"));
        String registration = ok("publish", "--capture-url", url, path("actor.json"), path("key.json")).out().strip();
        await().atMost(Duration.ofSeconds(60)).until(() -> trazo("status", "--capture-url", url, "--capture", registration).code() == 0);

        ok("registry", "key", "--governance-key", path("exporter.key"), "--actor", EXPORTER, "--public-key", publicKey,
                "--out", path("self.json"));
        String self = ok("publish", "--capture-url", url, path("self.json")).out().strip();
        await().atMost(Duration.ofSeconds(60)).until(() -> trazo("status", "--capture-url", url, "--capture", self).code() == 1);
        assertThat(trazo("status", "--capture-url", url, "--capture", self).out()).contains("NOT_TRUST_ROOT_KEY /sigs/0: ");

        String keyIdLine = ok("registry", "key", "--governance-key", governance, "--actor", EXPORTER, "--public-key", publicKey,
                "--valid-from", "2026-01-01T00:00:00Z").out();
        String keyId = keyIdLine.replaceAll("(?s).*\"keyId\":\"(ed25519:[0-9a-f]{32})\".*", "$1");
        ok("registry", "revoke", "--governance-key", governance, "--key-id", keyId, "--reason", "compromised",
                "--revoked-at", "2026-11-01T00:00:00Z", "--out", path("revocation.json"));
        String revocation = ok("publish", "--capture-url", url, path("revocation.json")).out().strip();
        await().atMost(Duration.ofSeconds(60)).until(() -> trazo("status", "--capture-url", url, "--capture", revocation).code() == 0);

        Files.writeString(dir.resolve("late.json"), step("2026-11-20T08:00:00.000-05:00", "commissioning", "ADD"));
        Files.writeString(dir.resolve("late-event.json"), ok("build", "--step", path("late.json"), "--key", path("exporter.key")).out());
        String late = ok("publish", "--capture-url", url, path("late-event.json")).out().strip();
        await().atMost(Duration.ofSeconds(60)).until(() -> trazo("status", "--capture-url", url, "--capture", late).code() == 1);
        assertThat(trazo("status", "--capture-url", url, "--capture", late).out()).contains("KEY_REVOKED /sigs/0: ");
    }

    private static String step(String time, String bizStep, String action) {
        return """
                {"type":"event","actor":"%s",
                 "event":{"type":"ObjectEvent","eventTime":"%s","eventTimeZoneOffset":"-05:00","action":"%s","bizStep":"%s",
                          "quantityList":[{"epcClass":"%s","quantity":19200,"uom":"KGM"}]}}
                """.formatted(EXPORTER, time, action, bizStep, LOT);
    }
}

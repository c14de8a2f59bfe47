package io.trazo.cli;

import static io.trazo.cli.TrazoRun.trazo;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.registry.RegistryRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trazo registry}: the records it signs verify offline against the trust root, with what they say. */
class RegistryCommandsTest {

    private static final String ACTOR = "urn:trazo:actor:cafe-del-norte";

    @TempDir
    Path dir;

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void anActorItsKeyAndARevocationVerifyAgainstTheTrustRootAndCarryWhatWasAsked() throws Exception {
        assertThat(trazo("demo", "--out", path("demo")).code()).isZero();
        String publicKey = trazo("keygen", "--out", path("exporter.key")).out().lines().filter(l -> l.startsWith("publicKey"))
                .findFirst().orElseThrow().split("\\s+")[1];
        String gov = path("demo/governance.key");
        assertThat(trazo("registry", "actor", "--governance-key", gov, "--id", ACTOR, "--name", "Café del Norte S.A.S.", "--role", "exporter",
                "--role", "mill", "--attribute", "country=CO", "--time", "2026-11-01T00:00:00Z", "--out", path("a.json")).code()).isZero();
        assertThat(trazo("registry", "key", "--governance-key", gov, "--actor", ACTOR, "--public-key", publicKey,
                "--valid-from", "2026-01-01T00:00:00Z", "--time", "2026-11-01T00:00:01Z", "--out", path("k.json")).code()).isZero();
        var key = RegistryRecords.key(RecordCodec.parse(Files.readAllBytes(dir.resolve("k.json"))));
        assertThat(trazo("registry", "revoke", "--governance-key", gov, "--key-id", key.keyId().value(), "--reason", "superseded",
                "--time", "2026-11-02T00:00:00Z", "--out", path("r.json")).code()).isZero();

        TrazoRun verified = trazo("verify", "--trust-root", path("demo/trust-root.txt"), path("a.json"), path("k.json"), path("r.json"));
        assertThat(verified.code()).as(verified.out()).isZero();
        var actor = RegistryRecords.actor(RecordCodec.parse(Files.readAllBytes(dir.resolve("a.json"))));
        assertThat(actor.roles()).extracting(r -> r.name().toLowerCase()).containsExactlyInAnyOrder("exporter", "mill");
        assertThat(actor.attributes()).containsEntry("country", "CO");
        assertThat(key.actor()).isEqualTo(ACTOR);
        assertThat(key.publicKey().base64Url()).isEqualTo(publicKey);
        assertThat(key.validFrom()).hasToString("2026-01-01T00:00:00Z");
        var revocation = RegistryRecords.revocation(RecordCodec.parse(Files.readAllBytes(dir.resolve("r.json"))));
        assertThat(revocation.revokedAt()).as("defaults to the record time").hasToString("2026-11-02T00:00:00Z");
        assertThat(RecordCodec.parse(Files.readAllBytes(dir.resolve("r.json"))).type()).isEqualTo(RecordType.REVOCATION);
    }

    @Test
    void aRecordAVerifierWouldRefuseIsNotWritten() {
        assertThat(trazo("demo", "--out", path("demo")).code()).isZero();
        TrazoRun badRole = trazo("registry", "actor", "--governance-key", path("demo/governance.key"), "--id", ACTOR, "--name", "X",
                "--role", "barista", "--out", path("a.json"));
        assertThat(badRole.code()).isEqualTo(1);
        assertThat(badRole.err()).contains("unknown role \"barista\"");
        assertThat(dir.resolve("a.json")).doesNotExist();
        TrazoRun badKey = trazo("registry", "key", "--governance-key", path("demo/governance.key"), "--actor", ACTOR, "--public-key", "AAAA");
        assertThat(badKey.code()).isEqualTo(1);
        assertThat(badKey.out()).isEmpty();
    }
}

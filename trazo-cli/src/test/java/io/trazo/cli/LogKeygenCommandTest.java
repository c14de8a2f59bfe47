package io.trazo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.merkle.note.NoteSignerKey;
import io.trazo.ledger.merkle.note.NoteVerifierKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trazo log-keygen}: a rotation makes a second key, and must never replace the one in use. */
class LogKeygenCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAPrivateKeyAndItsVerifierKeyAndRefusesToOverwriteEither() throws Exception {
        Path key = dir.resolve("log.key");
        Path pub = dir.resolve("log.pub");
        assertThat(TrazoCli.run("log-keygen", "--origin", "trazo.test/log", "--out", key.toString(), "--verifier-out",
                pub.toString())).isZero();
        String secret = Files.readString(key);
        String verifier = Files.readString(pub);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(NoteSignerKey.parse(secret.strip()).verifierKey()).isEqualTo(NoteVerifierKey.parse(verifier.strip()));

        Path other = dir.resolve("other.key");
        assertThat(TrazoCli.run("log-keygen", "--origin", "trazo.test/log", "--out", key.toString())).isEqualTo(2);
        assertThat(TrazoCli.run("log-keygen", "--origin", "trazo.test/log", "--out", other.toString(), "--verifier-out",
                pub.toString())).isEqualTo(2);
        assertThat(Files.readString(key)).isEqualTo(secret);
        assertThat(Files.readString(pub)).isEqualTo(verifier);
        assertThat(other).doesNotExist();
    }
}

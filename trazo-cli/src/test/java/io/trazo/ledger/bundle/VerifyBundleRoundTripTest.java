package io.trazo.ledger.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.cli.TrazoCli;
import io.trazo.demo.CoffeeJourney;
import io.trazo.append.log.LogFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyBundleRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void anExportedBundleVerifiesOfflineWithTheCliAndATamperedOneDoesNot() throws Exception {
        Path trustRoot = Files.writeString(dir.resolve("trust-root.txt"), "# demo governance\n" + CoffeeJourney.trustRoot().base64Url() + "\n");
        byte[] bundle = Bundles.export(CoffeeJourney.RETAIL);
        Path good = Files.write(dir.resolve("bundle.json"), bundle);
        Path bad = Files.write(dir.resolve("tampered.json"), Bundles.withRecords(bundle, rs -> {
            rs.remove(rs.size() - 1);
            return rs;
        }));

        Run ok = run("verify-bundle", "--trust-root", trustRoot.toString(), good.toString());
        Run failed = run("verify-bundle", "--trust-root", trustRoot.toString(), bad.toString());

        assertThat(ok.exit).isZero();
        assertThat(ok.out).contains("VERIFIED: 40 records");
        assertThat(failed.exit).isEqualTo(1);
        assertThat(failed.out).contains("FAILED: BUNDLE_HEAD_MISMATCH at /head");
    }

    @Test
    void aBundleWithLogProofsVerifiesOfflineWithTheLogKeyAndWithNoOtherKey() throws Exception {
        Path trustRoot = Files.writeString(dir.resolve("trust-root.txt"), CoffeeJourney.trustRoot().base64Url() + "\n");
        Path logKey = Files.writeString(dir.resolve("log.vkey"), LogFixture.signer().verifierKey().encode() + "\n");
        Path logged = Files.write(dir.resolve("logged.json"),
                Bundles.exportLogged(CoffeeJourney.RETAIL, LogFixture.signer(), 1000, -1).bytes());
        Path plain = Files.write(dir.resolve("plain.json"), Bundles.export(CoffeeJourney.RETAIL));
        String root = trustRoot.toString();

        Run ok = run("verify-bundle", "--trust-root", root, "--log-key", logKey.toString(), logged.toString());
        Run otherKey = run("verify-bundle", "--trust-root", root, "--log-key", LogFixture.otherSigner().verifierKey().encode(),
                logged.toString());
        Run otherOrigin = run("verify-bundle", "--trust-root", root, "--log-key", logKey.toString(), "--log-origin",
                "other.example/log", logged.toString());
        Run noKey = run("verify-bundle", "--trust-root", root, logged.toString());
        Run noProofs = run("verify-bundle", "--trust-root", root, "--log-key", logKey.toString(), plain.toString());
        Run badKey = run("verify-bundle", "--trust-root", root, "--log-key", "not-a-key", logged.toString());

        assertThat(ok.exit).as(ok.out).isZero();
        assertThat(ok.out).contains("log  " + LogFixture.ORIGIN + " size " + LogFixture.JOURNEY.size() + " root ",
                "VERIFIED: 40 records, the lot's history checks out against the trust root and the transparency log");
        assertThat(otherKey.exit).isEqualTo(1);
        assertThat(otherKey.out).contains("FAILED: LOG_CHECKPOINT_NOT_SIGNED_BY_LOG at /log/checkpoint");
        assertThat(otherOrigin.out).contains("FAILED: LOG_WRONG_ORIGIN at /log/checkpoint");
        assertThat(noKey.exit).isEqualTo(1);
        assertThat(noKey.out).contains("FAILED: LOG_UNSUPPORTED at /log", "no log key was given");
        assertThat(noProofs.exit).isEqualTo(1);
        assertThat(noProofs.out).contains("FAILED: LOG_EVIDENCE_MISSING at /log");
        assertThat(badKey.exit).isEqualTo(2);
    }

    @Test
    void afterALogKeyRotationABundleSignedUnderTheOldKeyVerifiesWhenTheOldKeyIsAmongTheKeysGiven() throws Exception {
        String root = Files.writeString(dir.resolve("trust-root.txt"), CoffeeJourney.trustRoot().base64Url() + "\n").toString();
        Path logged = Files.write(dir.resolve("logged.json"),
                Bundles.exportLogged(CoffeeJourney.RETAIL, LogFixture.signer(), 1000, -1).bytes());
        String oldKey = LogFixture.signer().verifierKey().encode();
        String newKey = LogFixture.otherSigner().verifierKey().encode();

        Run both = run("verify-bundle", "--trust-root", root, "--log-key", newKey, "--log-key", oldKey, logged.toString());
        Run newOnly = run("verify-bundle", "--trust-root", root, "--log-key", newKey, logged.toString());

        assertThat(both.exit).as(both.out).isZero();
        assertThat(newOnly.exit).isEqualTo(1);
        assertThat(newOnly.out).contains("FAILED: LOG_CHECKPOINT_NOT_SIGNED_BY_LOG at /log/checkpoint");
    }

    private static Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int exit = TrazoCli.run(args);
            return new Run(exit, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private record Run(int exit, String out) {}
}

package io.trazo.ledger.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.cli.TrazoCli;
import io.trazo.ledger.demo.CoffeeJourney;
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

package io.trazo.ledger.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.log.LogFixture;
import io.trazo.cli.TrazoCli;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.log.LogEvidence;
import io.trazo.ledger.merkle.note.CosignerSignerKey;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify-bundle --witness … --quorum N --max-age D} (protocol §19.5), one test per reason. */
class VerifyBundleWitnessTest {

    private static final CosignerSignerKey A = witness("w.trazo.test/a", 11);
    private static final CosignerSignerKey B = witness("w.trazo.test/b", 12);
    private static final CosignerSignerKey C = witness("w.trazo.test/c", 13);

    @TempDir
    Path dir;
    private byte[] logged;
    private String noteText;
    private String root;
    private String logKey;

    private static CosignerSignerKey witness(String name, int fill) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) fill);
        return CosignerSignerKey.of(name, seed);
    }

    @BeforeEach
    void exportALoggedBundle() throws Exception {
        root = Files.writeString(dir.resolve("trust-root.txt"), CoffeeJourney.trustRoot().base64Url() + "\n").toString();
        logKey = LogFixture.signer().verifierKey().encode();
        logged = Bundles.exportLogged(CoffeeJourney.RETAIL, LogFixture.signer(), 1000, -1).bytes();
        String note = Bundles.log(logged).checkpoint();
        noteText = note.substring(0, note.lastIndexOf("\n\n") + 1);
    }

    /** The bundle with cosignature lines appended to its checkpoint note, as GET /checkpoint serves it. */
    private Path cosignedBy(List<String> lines) throws Exception {
        byte[] bundle = Bundles.withLog(logged, e -> new LogEvidence(e.checkpoint() + String.join("", lines), e.proofs()));
        return Files.write(dir.resolve("bundle-" + System.nanoTime() + ".json"), bundle);
    }

    private String line(CosignerSignerKey key, Instant at) {
        return key.cosign(noteText, at.getEpochSecond()).line();
    }

    private Run verify(Path bundle, String... witnessArgs) {
        List<String> args = new ArrayList<>(List.of("verify-bundle", "--trust-root", root, "--log-key", logKey));
        args.addAll(List.of(witnessArgs));
        args.add(bundle.toString());
        return run(args.toArray(String[]::new));
    }

    private String[] threeWitnesses(String quorum, String maxAge) {
        return new String[] {"--witness", A.verifierKey().encode(), "--witness", B.verifierKey().encode(),
            "--witness", C.verifierKey().encode(), "--quorum", quorum, "--max-age", maxAge};
    }

    @Test
    void twoFreshCosignaturesOfThreeGivenWitnessesMeetAQuorumOfTwo() throws Exception {
        Instant now = Instant.now();
        Run ok = verify(cosignedBy(List.of(line(A, now), line(B, now.minusSeconds(60)))), threeWitnesses("2", "24h"));
        assertThat(ok.exit).as(ok.out).isZero();
        assertThat(ok.out).contains("witnesses w.trazo.test/a, w.trazo.test/b (2 of 3, quorum 2",
                "against the trust root, the transparency log and 2 witnesses");
    }

    @Test
    void aCheckpointWithTooFewCosignaturesFails() throws Exception {
        Run few = verify(cosignedBy(List.of(line(A, Instant.now()))), threeWitnesses("2", "24h"));
        Run none = verify(Files.write(dir.resolve("plain.json"), logged), threeWitnesses("1", "24h"));
        assertThat(few.exit).isEqualTo(1);
        assertThat(few.out).contains("FAILED: COSIGNATURE_TOO_FEW: 1 of the given witnesses cosigned, 2 required");
        assertThat(none.out).contains("FAILED: COSIGNATURE_TOO_FEW: 0 of the given witnesses cosigned");
    }

    @Test
    void aCosignatureOverAnotherCheckpointFailsAsInvalid() throws Exception {
        String forged = A.cosign(noteText.replaceFirst("\n40\n", "\n41\n"), Instant.now().getEpochSecond()).line();
        Run bad = verify(cosignedBy(List.of(forged, line(B, Instant.now()))), threeWitnesses("2", "24h"));
        assertThat(bad.exit).isEqualTo(1);
        assertThat(bad.out).contains("FAILED: COSIGNATURE_INVALID");
    }

    @Test
    void cosignaturesOlderThanTheMaximumAgeFailAsTooOld() throws Exception {
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        Run old = verify(cosignedBy(List.of(line(A, twoDaysAgo), line(B, Instant.now()))), threeWitnesses("2", "24h"));
        Run longer = verify(cosignedBy(List.of(line(A, twoDaysAgo), line(B, Instant.now()))), threeWitnesses("2", "7d"));
        assertThat(old.exit).isEqualTo(1);
        assertThat(old.out).contains("FAILED: COSIGNATURE_TOO_OLD");
        assertThat(longer.exit).as(longer.out).isZero();
    }

    @Test
    void witnessOptionsWithoutALogKeyOrAMaximumAgeAreUsageErrors() throws Exception {
        Path bundle = cosignedBy(List.of(line(A, Instant.now())));
        Run noLogKey = run("verify-bundle", "--trust-root", root, "--witness", A.verifierKey().encode(), "--max-age", "1h",
                bundle.toString());
        Run noAge = verify(bundle, "--witness", A.verifierKey().encode());
        Run noteKey = verify(bundle, "--witness", logKey, "--max-age", "1h");
        Run tooMany = verify(bundle, "--witness", A.verifierKey().encode(), "--quorum", "2", "--max-age", "1h");
        assertThat(List.of(noLogKey.exit, noAge.exit, noteKey.exit, tooMany.exit)).containsOnly(2);
    }

    private static Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            return new Run(TrazoCli.run(args), buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private record Run(int exit, String out) {}
}

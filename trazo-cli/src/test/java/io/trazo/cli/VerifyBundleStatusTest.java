package io.trazo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.Integration;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.MutableClock;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.bundle.BundleExporter;
import io.trazo.ledger.bundle.StatusBundles;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.provenance.ProvenanceWalker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify-bundle}'s key-status line and {@code --require-status} (protocol §20.6). */
class VerifyBundleStatusTest {

    @TempDir
    Path dir;
    private Path bundle;
    private Path root;
    private final String logKey = LogFixture.signer().verifierKey().encode();

    @BeforeEach
    void aLoggedFormatOneBundle() throws Exception {
        InMemoryLedgerStore store = JourneyLedger.inMemory();
        LogStores log = LogStores.inMemory();
        Sequencer sequencer = new Sequencer(store, log, LogFixture.signer(), new SequencerPolicy(1000, Duration.ZERO), MutableClock.atEpoch());
        assertThat(sequencer.integrate(new FencingToken(1))).isInstanceOf(Integration.Committed.class);
        byte[] bytes = new BundleExporter(store, JourneyLedger.plots()).export(new ProvenanceWalker(store).upstream(CoffeeJourney.RETAIL, 1000),
                new LogProofs(log.tiles(), log.leaves(), log.history())).bytes();
        bundle = Files.write(dir.resolve("bundle.json"), bytes);
        root = Files.writeString(dir.resolve("root.txt"), CoffeeJourney.trustRoot().base64Url() + "\n");
    }

    @Test
    void aBundleWithoutStatusProofsVerifiesAndSaysKeyStatusIsNotProven() {
        Result r = run("verify-bundle", "--trust-root", root.toString(), "--log-key", logKey, bundle.toString());
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("keys status not proven").contains("VERIFIED");
    }

    @Test
    void requiringStatusFailsSuchABundleWithStatusProofMissing() {
        Result r = run("verify-bundle", "--trust-root", root.toString(), "--log-key", logKey, "--require-status", bundle.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).contains("FAILED: STATUS_PROOF_MISSING");
    }

    @Test
    void aBundleWithStatusProofsSaysSoAndPassesRequireStatus() throws Exception {
        Path proven = Files.write(dir.resolve("proven.json"), StatusBundles.of(Files.readAllBytes(bundle)).build());
        Result r = run("verify-bundle", "--trust-root", root.toString(), "--log-key", logKey, "--require-status", proven.toString());
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("keys status proven: no signing key revoked");
    }

    @Test
    void aRevocationTheBundleLeftOutFailsWithKeyRevokedInMap() throws Exception {
        List<SignedRecord> journey = JourneyLedger.parsed();
        SignedRecord sale = journey.get(journey.size() - 1);
        byte[] revocation = RecordBuilder.governance(RecordType.REVOCATION).time(sale.time().plusSeconds(3600))
                .body(Json.obj("keyId", sale.signatures().get(0).keyId().value(), "revokedAt",
                        RecordBuilder.formatTime(sale.time().minusSeconds(60)), "reason", "compromised"))
                .sign(new DemoParties().governance());
        Path hidden = Files.write(dir.resolve("hidden.json"), StatusBundles.of(Files.readAllBytes(bundle)).logOnly(List.of(revocation)).build());
        Result r = run("verify-bundle", "--trust-root", root.toString(), "--log-key", logKey, hidden.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).contains("FAILED: KEY_REVOKED_IN_MAP");
    }

    @Test
    void requiringStatusWithoutALogKeyIsAUsageError() {
        assertThat(run("verify-bundle", "--trust-root", root.toString(), "--require-status", bundle.toString()).code()).isEqualTo(2);
    }

    private record Result(int code, String out) {}

    private static Result run(String... args) {
        PrintStream old = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            return new Result(TrazoCli.run(args), buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
            System.setErr(oldErr);
        }
    }
}

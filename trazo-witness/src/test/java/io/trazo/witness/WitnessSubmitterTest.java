package io.trazo.witness;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.log.LogFixture;
import io.trazo.append.witness.HttpWitnessClient;
import io.trazo.append.witness.InMemoryCosignatureStore;
import io.trazo.append.witness.WitnessSubmitter;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.note.CosignerSignerKey;
import io.trazo.ledger.merkle.note.WitnessQuorum;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log side of §19.4: the sequencer's host submitting a real log's checkpoints to a real witness over HTTP. */
class WitnessSubmitterTest {

    private static final CosignerSignerKey KEY = CosignerSignerKey.of("witness.trazo.test/s1", new byte[32]);
    private static WitnessLog log;

    @TempDir
    Path state;
    private WitnessServer server;
    private final InMemoryCosignatureStore store = new InMemoryCosignatureStore();

    @BeforeAll
    static void buildTheLog() throws Exception {
        log = new WitnessLog();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private WitnessServer start(int port) {
        Witness witness = new Witness(KEY, List.of(LogFixture.signer().verifierKey()), new CheckpointFiles(state),
                Clock.systemUTC());
        return new WitnessServer(witness, new InetSocketAddress("127.0.0.1", port)).start();
    }

    private WitnessSubmitter submitter(int port, InMemoryCosignatureStore into) {
        var client = new HttpWitnessClient(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(5));
        return new WitnessSubmitter(List.of(new WitnessSubmitter.Witness(KEY.verifierKey(), client)), into, log.proofs);
    }

    private static String text(SignedCheckpoint checkpoint) {
        return checkpoint.note().substring(0, checkpoint.note().lastIndexOf("\n\n") + 1);
    }

    private void assertWitnessed(SignedCheckpoint checkpoint) {
        var quorum = new WitnessQuorum(List.of(KEY.verifierKey()), 1, Duration.ofMinutes(5));
        assertThat(quorum.check(text(checkpoint), store.at(checkpoint.size()), Instant.now()))
                .isInstanceOf(WitnessQuorum.Result.Met.class);
    }

    @Test
    void everyCheckpointIsCosignedInTurnAndItsVerifiedLineIsStored() {
        server = start(0);
        WitnessSubmitter submitter = submitter(server.port(), store);
        for (SignedCheckpoint checkpoint : log.checkpoints) {
            assertThat(submitter.submit(checkpoint)).isEqualTo(1);
            assertWitnessed(checkpoint);
        }
        assertThat(submitter.statuses().get(KEY.verifierKey().encode()).problem()).isEmpty();
    }

    @Test
    void aWitnessThatIsDownIsReportedAndCatchesUpFromItsLastSizeWhenBack() {
        server = start(0);
        int port = server.port();
        WitnessSubmitter submitter = submitter(port, store);
        assertThat(submitter.submit(log.at(0))).isEqualTo(1);
        server.close();
        server = null;
        assertThat(submitter.submit(log.at(1))).isZero();
        var status = submitter.statuses().get(KEY.verifierKey().encode());
        assertThat(status.problem()).isPresent();
        assertThat(status.cosignedSize()).isEqualTo(log.at(0).size());
        server = start(port);
        assertThat(submitter.submit(log.at(3))).isEqualTo(1);
        assertWitnessed(log.at(3));
        assertThat(store.at(log.at(1).size())).isEmpty();
    }

    @Test
    void aLogThatLostItsCosignaturesLearnsTheWitnessSizeFrom409AndIsCosignedOnRetry() {
        server = start(0);
        submitter(server.port(), new InMemoryCosignatureStore()).submit(log.at(2));
        WitnessSubmitter fresh = submitter(server.port(), store);
        assertThat(fresh.submit(log.at(3))).isEqualTo(1);
        assertWitnessed(log.at(3));
    }
}

package io.trazo.ingest.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogStores;
import io.trazo.append.witness.CosignatureStore;
import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.IngestRig;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.note.CosignerSignerKey;
import io.trazo.ledger.merkle.note.WitnessQuorum;
import io.trazo.witness.WitnessServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

/**
 * Protocol §19.4 in a real ingest instance: the leader submits its checkpoint to a real witness over
 * HTTP and stores the cosignature through ledger-mongo; a second, unreachable witness only shows in the
 * health detail and the metric, and sequencing goes on.
 */
class WitnessWiringTest {

    @TempDir
    Path state;

    private static CosignerSignerKey witness(String name, int fill) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) fill);
        return CosignerSignerKey.of(name, seed);
    }

    private static int deadPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void theLeaderCollectsALiveWitnessCosignatureAndADeadWitnessNeitherStopsNorHidesIt() throws Exception {
        CosignerSignerKey live = witness("witness.trazo.test/live", 21);
        CosignerSignerKey dead = witness("witness.trazo.test/dead", 22);
        try (WitnessServer server = WitnessServer.start(live, List.of(LogFixture.signer().verifierKey()), state,
                new InetSocketAddress("127.0.0.1", 0));
                IngestRig rig = new IngestRig();
                IngestInstance ingest = IngestInstance.start(rig, Map.of("trazo.log.enabled", "true",
                        "trazo.log.origin", LogFixture.ORIGIN, "trazo.log.interval", "1h", "trazo.log.instance", "w",
                        "trazo.log.signer-key", SequencerWiringTest.signerKey(),
                        "trazo.log.witnesses[0].url", "http://127.0.0.1:" + server.port(),
                        "trazo.log.witnesses[0].key", live.verifierKey().encode(),
                        "trazo.log.witnesses[1].url", "http://127.0.0.1:" + deadPort(),
                        "trazo.log.witnesses[1].key", dead.verifierKey().encode(),
                        "trazo.log.witness-timeout", "2s"))) {
            LogFixture.append(ingest.store(), LogFixture.JOURNEY);
            var context = ingest.context();
            context.getBean(SequencerRunner.class).round();
            context.getBean(WitnessRunner.class).round();

            SignedCheckpoint latest = context.getBean(LogStores.class).history().latest().orElseThrow();
            List<String> lines = context.getBean(CosignatureStore.class).at(latest.size());
            String text = latest.note().substring(0, latest.note().lastIndexOf("\n\n") + 1);
            var quorum = new WitnessQuorum(List.of(live.verifierKey(), dead.verifierKey()), 1, Duration.ofMinutes(5));
            assertThat(quorum.check(text, lines, Instant.now())).isEqualTo(
                    new WitnessQuorum.Result.Met(List.of("witness.trazo.test/live")));

            var health = context.getBean(SequencerHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("witnessesLagging", 1);
            assertThat(health.getDetails().get("witnesses").toString()).contains("witness.trazo.test/dead", "problem");
            assertThat(context.getBean(MeterRegistry.class).get("trazo.log.witnesses.lagging").gauge().value()).isEqualTo(1);
        }
    }
}

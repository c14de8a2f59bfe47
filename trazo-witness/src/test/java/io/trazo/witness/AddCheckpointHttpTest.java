package io.trazo.witness;

import io.trazo.ledger.merkle.checkpoint.AddCheckpointRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.log.LogFixture;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHead;
import io.trazo.ledger.merkle.note.Cosignature;
import io.trazo.ledger.merkle.note.CosignerSignerKey;
import io.trazo.ledger.merkle.note.WitnessQuorum;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The witness over real HTTP, fed by a real log built with the test kit (protocol §19.3). */
class AddCheckpointHttpTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final CosignerSignerKey KEY = CosignerSignerKey.of("witness.trazo.test/w1", seed(5));
    private static WitnessLog log;

    private final HttpClient http = HttpClient.newHttpClient();
    @TempDir
    Path state;
    private WitnessServer server;

    @BeforeAll
    static void buildTheLog() throws Exception {
        log = new WitnessLog();
    }

    @BeforeEach
    void startTheWitness() {
        server = startWitness();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WitnessServer startWitness() {
        Witness witness = new Witness(KEY, List.of(LogFixture.signer().verifierKey()), new CheckpointFiles(state),
                Clock.fixed(NOW, ZoneOffset.UTC));
        return new WitnessServer(witness, new InetSocketAddress("127.0.0.1", 0)).start();
    }

    private static byte[] seed(int fill) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) fill);
        return seed;
    }

    private HttpResponse<String> post(byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/add-checkpoint"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String text(SignedCheckpoint checkpoint) {
        return checkpoint.note().substring(0, checkpoint.note().lastIndexOf("\n\n") + 1);
    }

    private void assertCosigned(HttpResponse<String> response, SignedCheckpoint checkpoint) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).endsWith("\n").startsWith("\u2014 witness.trazo.test/w1 ");
        Cosignature cosignature = Cosignature.parse(response.body());
        KEY.verifierKey().verify(cosignature, text(checkpoint));
        assertThat(cosignature.time()).isEqualTo(NOW);
    }

    @Test
    void aFirstCheckpointWithOldZeroIsCosignedAndTheLineMeetsAVerifiersQuorum() throws Exception {
        SignedCheckpoint first = log.at(0);
        HttpResponse<String> response = post(log.request(0, first));
        assertCosigned(response, first);
        var quorum = new WitnessQuorum(List.of(KEY.verifierKey()), 1, Duration.ofMinutes(10));
        assertThat(quorum.check(text(first), List.of(response.body().strip()), NOW))
                .isInstanceOf(WitnessQuorum.Result.Met.class);
    }

    @Test
    void theLogGrowsThroughEveryCheckpointWithConsistencyProofsAndEachIsCosigned() throws Exception {
        long held = 0;
        for (SignedCheckpoint checkpoint : log.checkpoints) {
            assertCosigned(post(log.request(held, checkpoint)), checkpoint);
            held = checkpoint.size();
        }
        assertThat(Files.readString(new CheckpointFiles(state).file(LogFixture.ORIGIN)))
                .isEqualTo(log.checkpoints.get(log.checkpoints.size() - 1).note());
    }

    @Test
    void aWrongOldSizeIs409WithTheHeldSizeAndItSurvivesARestart() throws Exception {
        assertCosigned(post(log.request(0, log.at(2))), log.at(2));
        server.close();
        server = startWitness();
        HttpResponse<String> response = post(log.request(0, log.at(3)));
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/x.tlog.size");
        assertThat(response.body()).isEqualTo(log.at(2).size() + "\n");
        assertCosigned(post(log.request(log.at(2).size(), log.at(3))), log.at(3));
    }

    @Test
    void aRollbackToAnOlderCheckpointIsRefusedAndTheHeldSizeStays() throws Exception {
        assertCosigned(post(log.request(0, log.at(3))), log.at(3));
        long held = log.at(3).size();
        byte[] backwards = new AddCheckpointRequest(held, List.of(), log.at(1).bytes()).encode();
        assertThat(post(backwards).statusCode()).isEqualTo(400);
        HttpResponse<String> stale = post(log.request(log.at(1).size(), log.at(1)));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).isEqualTo(held + "\n");
    }

    @Test
    void aForkAtTheHeldSizeIs409AndKeptAsAlarmEvidence() throws Exception {
        SignedCheckpoint held = log.at(1);
        assertCosigned(post(log.request(0, held)), held);
        SignedCheckpoint fork = LogFixture.signer().sign(new TreeHead(held.size(), TreeHash.of(new byte[32])));
        HttpResponse<String> response = post(log.request(held.size(), fork));
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).isEqualTo(held.size() + "\n");
        try (var alarms = Files.list(state.resolve("alarms"))) {
            assertThat(alarms.toList()).hasSize(1);
        }
        assertCosigned(post(log.request(held.size(), held)), held);
    }

    @Test
    void aForkThatGrowsTheTreeFailsItsConsistencyProofWith422AndAnAlarm() throws Exception {
        SignedCheckpoint held = log.at(1);
        assertCosigned(post(log.request(0, held)), held);
        SignedCheckpoint real = log.at(2);
        SignedCheckpoint fork = LogFixture.signer().sign(new TreeHead(real.size(), TreeHash.of(new byte[32])));
        byte[] request = new AddCheckpointRequest(held.size(), log.proofs.consistency(held.size(), real.size()).path(),
                fork.bytes()).encode();
        HttpResponse<String> response = post(request);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"https://trazo.dev/problems/witness/inconsistent-checkpoint\"");
        try (var alarms = Files.list(state.resolve("alarms"))) {
            assertThat(alarms.toList()).hasSize(1);
        }
        assertCosigned(post(log.request(held.size(), real)), real);
    }

    @Test
    void aCheckpointSignedByAnotherKeyForAKnownOriginIs403() throws Exception {
        SignedCheckpoint forged = LogFixture.otherSigner().sign(new TreeHead(log.at(0).size(), TreeHash.of(new byte[32])));
        HttpResponse<String> response = post(log.request(0, forged));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("https://trazo.dev/problems/witness/bad-log-signature");
    }

    @Test
    void aCheckpointOfAnUnknownOriginIs404() throws Exception {
        var other = new io.trazo.append.log.LogSigner("other.test/log",
                io.trazo.ledger.merkle.note.NoteSignerKey.of("other.test/log", seed(3)));
        HttpResponse<String> response = post(log.request(0, other.sign(new TreeHead(1, TreeHash.of(new byte[32])))));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("https://trazo.dev/problems/witness/unknown-log");
    }

    @Test
    void malformedBodiesAre400ProblemsAndAProofWithOldZeroIs422() throws Exception {
        assertThat(post("old 01\n\n".getBytes(StandardCharsets.US_ASCII)).statusCode()).isEqualTo(400);
        assertThat(post("old 0\nnot-base64\n\n".getBytes(StandardCharsets.US_ASCII)).statusCode()).isEqualTo(400);
        assertThat(post(new byte[AddCheckpointRequest.MAX_BODY_BYTES + 1]).statusCode()).isEqualTo(400);
        byte[] withProof = new AddCheckpointRequest(0, List.of(TreeHash.of(new byte[32])), log.at(0).bytes()).encode();
        assertThat(post(withProof).statusCode()).isEqualTo(422);
    }
}

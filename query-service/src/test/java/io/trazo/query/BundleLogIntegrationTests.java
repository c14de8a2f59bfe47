package io.trazo.query;

import static io.trazo.demo.CoffeeJourney.RETAIL;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.trazo.mongo.log.MongoCheckpointHistory;
import io.trazo.mongo.log.MongoLeafIndex;
import io.trazo.mongo.log.MongoLogStateStore;
import io.trazo.mongo.log.MongoTileStore;
import io.trazo.mongo.MongoLedgerStore;
import io.trazo.ledger.bundle.BundleReport;
import io.trazo.ledger.bundle.BundleVerifier;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.Integration;
import io.trazo.ledger.log.LogEvidence;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.MutableClock;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Bundles with transparency-log proofs, end to end over the Mongo-wire stand-in: the journey is appended
 * by ingest's store, integrated by the core sequencer over ingest's Mongo log adapters (as an ingest
 * instance does), read back through query-service's read-only log views, and checked offline by the CLI.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BundleLogIntegrationTests {

    private static final SeededLedger LEDGER = SeededLedger.journey("trazo-log-it-");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        LEDGER.register(registry);
    }


    @Value("${local.server.port}")
    int port;

    @TempDir
    Path dir;

    @Test
    void aBundleIsPendingUntilTheSequencerHasRunAndThenCarriesProofsThatVerifyBundleChecksOffline() throws Exception {
        ResponseEntity<byte[]> before = bundle();
        assertThat(before.getHeaders().getFirst("Trazo-Log-Evidence")).isEqualTo("pending");
        assertThat(before.getHeaders().containsHeader("Trazo-Log-Tree-Size")).isFalse();
        assertThat(json(before.getBody()).has("log")).isFalse();
        assertThat(new BundleVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard()).verify(before.getBody()).ok())
                .isTrue();

        String head = http().get().uri("/lots/" + RETAIL).retrieve().body(String.class).replaceAll("(?s).*?\"head\":\"([0-9a-f]{64})\".*", "$1");
        assertThat(http().get().uri("/records/" + head).retrieve().body(String.class)).contains("\"logLeaf\":\"not-yet-logged\"");
        assertThat(http().get().uri("/lots/" + RETAIL + "/verification").retrieve().body(String.class))
                .contains("\"ok\":true", "\"loggedRecords\":0", "\"notYetLogged\":40");

        sequenceTheWholeLedger();

        assertThat(http().get().uri("/records/" + head).retrieve().body(String.class)).contains("\"logLeaf\":\"matched\"");
        assertThat(http().get().uri("/lots/" + RETAIL + "/verification").retrieve().body(String.class))
                .contains("\"ok\":true", "\"loggedRecords\":40", "\"notYetLogged\":0");

        ResponseEntity<byte[]> after = bundle();
        assertThat(after.getHeaders().getFirst("Trazo-Log-Evidence")).isEqualTo("included");
        assertThat(after.getHeaders().getFirst("Trazo-Log-Tree-Size")).isEqualTo(Integer.toString(LogFixture.JOURNEY.size()));
        LogEvidence evidence = LogEvidence.fromJson(json(after.getBody()).get("log").orElseThrow());
        byte[] latest = http().get().uri("/checkpoint").retrieve().body(byte[].class);
        assertThat(evidence.checkpoint().getBytes(StandardCharsets.UTF_8)).isEqualTo(latest);
        assertThat(evidence.proofs()).hasSize(40);

        Path trustRoot = Files.writeString(dir.resolve("trust-root.txt"), CoffeeJourney.trustRoot().base64Url() + "\n");
        Path file = Files.write(dir.resolve("bundle.json"), after.getBody());
        CliRun offline = CliRun.of("verify-bundle", "--trust-root", trustRoot.toString(),
                "--log-key", LogFixture.signer().verifierKey().encode(), file.toString());
        assertThat(offline.exit()).as(offline.out()).isZero();
        assertThat(offline.out()).contains("log  " + LogFixture.ORIGIN + " size " + LogFixture.JOURNEY.size(),
                "VERIFIED: 40 records, the lot's history checks out against the trust root and the transparency log");
        BundleReport forged = new BundleVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard())
                .withLog(LogFixture.ORIGIN, LogFixture.otherSigner().verifierKey()).verify(after.getBody());
        assertThat(forged.reason().orElseThrow().code().name()).isEqualTo("LOG_CHECKPOINT_NOT_SIGNED_BY_LOG");
    }

    /** What an ingest instance's sequencer does, over the same adapters, with the test log key. */
    private static void sequenceTheWholeLedger() throws Exception {
        try (MongoClient client = MongoClients.create(LEDGER.uri())) {
            MongoDatabase db = client.getDatabase(LEDGER.name());
            LogStores stores = new LogStores(new MongoTileStore(db), new MongoLogStateStore(db), new MongoCheckpointHistory(db),
                    new MongoLeafIndex(db));
            Sequencer sequencer = new Sequencer(new MongoLedgerStore(db), stores, LogFixture.signer(),
                    new SequencerPolicy(16, Duration.ZERO), MutableClock.atEpoch());
            while (sequencer.integrate(new FencingToken(1)) instanceof Integration.Committed) {
                // next batch
            }
        }
    }

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    }

    private ResponseEntity<byte[]> bundle() {
        return http().get().uri("/lots/" + RETAIL + "/bundle").retrieve().toEntity(byte[].class);
    }

    private static JsonObject json(byte[] bundle) {
        return (JsonObject) new StrictJson(new StrictJson.Limits(1 << 25, 8)).parse(bundle);
    }
}

package io.trazo.query.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.trazo.ledger.bundle.BundleExporter;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.provenance.ProvenanceWalker;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.InMemoryLedgerStore;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LedgerReader.RegistryKind;
import io.trazo.ledger.store.StoredRecord;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Mongo reader, over the documented schema, answers exactly as the in-memory reference store does. */
class MongoLedgerReaderTest {

    private static StandInMongo server;
    private static MongoClient client;
    private static LedgerReader mongo;
    private static final InMemoryLedgerStore reference = JourneyLedger.inMemory();

    @BeforeAll
    static void fill() {
        server = new StandInMongo();
        client = MongoClients.create(server.uri());
        JourneyLedger.fill(new io.trazo.ingest.store.MongoLedgerStore(client.getDatabase("reader-test")).ensureIndexes());
        mongo = new MongoLedgerReader(client.getDatabase("reader-test"));
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void everyRecordReadsBackWithItsExactBytesStatePositionAndLotPositions() {
        for (SignedRecord r : JourneyLedger.parsed()) {
            StoredRecord expected = reference.record(r.hash()).orElseThrow();
            StoredRecord actual = mongo.record(r.hash()).orElseThrow();
            assertThat(actual.wire()).isEqualTo(expected.wire());
            assertThat(actual.state()).isEqualTo(expected.state());
            assertThat(actual.position()).isEqualTo(expected.position());
            assertThat(actual.lotPositions()).isEqualTo(expected.lotPositions());
            assertThat(actual.time()).isEqualTo(expected.time());
            assertThat(mongo.acceptedAt(expected.position().orElseThrow())).contains(r.hash());
        }
        assertThat(mongo.lastPosition()).isEqualTo(reference.lastPosition());
        List<Digest> all = JourneyLedger.parsed().stream().map(SignedRecord::hash).toList();
        assertThat(mongo.records(all)).hasSize(all.size());
    }

    @Test
    void headsClaimsAndRegistryBindingsMatchTheReference() {
        for (SignedRecord r : JourneyLedger.parsed()) {
            for (var lot : reference.record(r.hash()).orElseThrow().lotPositions().entrySet()) {
                assertThat(mongo.claimAt(lot.getKey(), lot.getValue())).contains(r.hash());
                assertThat(mongo.head(lot.getKey())).isEqualTo(reference.head(lot.getKey()));
            }
        }
        assertThat(mongo.bound(RegistryKind.ACTOR, io.trazo.ledger.demo.DemoParties.ROASTER))
                .isEqualTo(reference.bound(RegistryKind.ACTOR, io.trazo.ledger.demo.DemoParties.ROASTER)).isPresent();
        List<String> keyIds = JourneyLedger.parsed().stream().flatMap(r -> r.signatures().stream())
                .map(s -> s.keyId().value()).distinct().toList();
        for (RegistryKind kind : RegistryKind.values()) {
            assertThat(mongo.bound(kind, keyIds)).isEqualTo(reference.bound(kind, keyIds));
        }
        assertThat(mongo.bound(RegistryKind.KEY, keyIds)).isNotEmpty();
        assertThat(mongo.head("urn:trazo:lot:nobody:nothing")).isEmpty();
        assertThat(mongo.record(Digest.sha256(new byte[0]))).isEmpty();
    }

    @Test
    void aBundleExportedFromMongoIsByteForByteTheOneExportedFromTheReference() {
        String lot = io.trazo.ledger.demo.CoffeeJourney.RETAIL;
        byte[] fromMongo = new BundleExporter(mongo, JourneyLedger.plots()).export(new ProvenanceWalker(mongo).upstream(lot, 100));
        byte[] fromReference = new BundleExporter(reference, JourneyLedger.plots()).export(new ProvenanceWalker(reference).upstream(lot, 100));
        assertThat(fromMongo).isEqualTo(fromReference);
    }
}

package io.trazo.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.trazo.ledger.bundle.BundleExporter;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.provenance.ProvenanceWalker;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LedgerReader.RegistryKind;
import io.trazo.ledger.store.StoredRecord;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Mongo reader, over the documented schema, answers exactly as the in-memory reference store does. */
class MongoLedgerReaderTest {

    private static LedgerReader mongo;
    private static final InMemoryLedgerStore reference = JourneyLedger.inMemory();

    @BeforeAll
    static void fill() {
        MongoDatabase db = MongoTarget.shared().freshDatabase("reader-test-");
        JourneyLedger.fill(new MongoLedgerStore(db).ensureIndexes());
        mongo = new MongoLedgerReader(db, new SimpleMeterRegistry(), "trazo.test.store");
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
        assertThat(mongo.bound(RegistryKind.ACTOR, io.trazo.demo.DemoParties.ROASTER))
                .isEqualTo(reference.bound(RegistryKind.ACTOR, io.trazo.demo.DemoParties.ROASTER)).isPresent();
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
        String lot = io.trazo.demo.CoffeeJourney.RETAIL;
        byte[] fromMongo = new BundleExporter(mongo, JourneyLedger.plots()).export(new ProvenanceWalker(mongo).upstream(lot, 100));
        byte[] fromReference = new BundleExporter(reference, JourneyLedger.plots()).export(new ProvenanceWalker(reference).upstream(lot, 100));
        assertThat(fromMongo).isEqualTo(fromReference);
    }
}

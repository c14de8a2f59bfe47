package io.trazo.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogIntegrityException;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordHashing;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.append.log.LogStores;
import io.trazo.mongo.log.MongoCheckpointHistory;
import io.trazo.mongo.log.MongoLeafIndex;
import io.trazo.mongo.log.MongoLogStateStore;
import io.trazo.mongo.log.MongoTileStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stored records edited behind the writer's back, as decoded by ledger-mongo (docs/operations.md §Store
 * integrity): every reader of the schema refuses bytes that do not hash to their key, naming the record.
 */
class RecordIntegrityTest {

    private MongoDatabase db;
    private LedgerReader reader;
    private SignedRecord target;
    private SignedRecord other;

    @BeforeEach
    void fill() {
        db = MongoTarget.shared().freshDatabase("integrity-");
        JourneyLedger.fill(new MongoLedgerStore(db).ensureIndexes());
        reader = new MongoLedgerReader(db, new SimpleMeterRegistry(), "trazo.test.store");
        target = JourneyLedger.parsed().get(20);
        other = JourneyLedger.parsed().get(21);
    }

    @Test
    void aRecordWhoseBytesChangedIsRefusedByEveryReadWithItsHashAndWhatTheBytesHashTo() {
        String altered = new String(wire(target.hash()), StandardCharsets.UTF_8).replaceFirst("\"2026-", "\"2027-");
        setWire(target.hash(), altered.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.record(target.hash())).isInstanceOfSatisfying(StoreIntegrityException.class, e -> {
            assertThat(e.record()).isEqualTo(target.hash());
            assertThat(e.check()).isEqualTo(StoreIntegrityException.Check.RECORD_HASH);
            assertThat(e.expected()).contains(target.hash().hex());
            assertThat(e.actual()).isPresent().get().isNotEqualTo(target.hash().hex());
            assertThat(e.getMessage()).contains(target.hash().hex(), e.actual().get());
        });
        assertThatThrownBy(() -> reader.records(List.of(other.hash(), target.hash()))).isInstanceOf(StoreIntegrityException.class);
        assertThatThrownBy(() -> new LedgerQueries(db).byActor(target.actor(), Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"),
                Optional.empty(), 100)).isInstanceOf(StoreIntegrityException.class);
        assertThat(reader.record(other.hash())).isPresent();
    }

    @Test
    void twoRecordsWithSwappedBytesEachFailTheirOwnKey() {
        byte[] a = wire(target.hash());
        setWire(target.hash(), wire(other.hash()));
        setWire(other.hash(), a);

        assertThatThrownBy(() -> reader.record(target.hash())).isInstanceOfSatisfying(StoreIntegrityException.class,
                e -> assertThat(e.actual()).contains(other.hash().hex()));
        assertThatThrownBy(() -> reader.record(other.hash())).isInstanceOfSatisfying(StoreIntegrityException.class,
                e -> assertThat(e.actual()).contains(target.hash().hex()));
    }

    @Test
    void bytesThatAreNoRecordAtAllAreAnIntegrityFailureNotAParseError() {
        setWire(target.hash(), "hello".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.record(target.hash())).isInstanceOfSatisfying(StoreIntegrityException.class,
                e -> assertThat(e.check()).isEqualTo(StoreIntegrityException.Check.RECORD_HASH));
    }

    /** The reader's hash check is the codec's parse, handed on with the record so no reader parses the bytes twice. */
    @Test
    void aRecordReadCarriesTheParseItsHashWasCheckedWith() {
        StoredRecord read = reader.record(target.hash()).orElseThrow();

        assertThat(read.parsedOnRead()).isTrue();
        assertThat(read.parse()).isSameAs(read.parse());
        assertThat(read.parse().hash()).isEqualTo(target.hash());
        assertThat(read.parse().json()).isEqualTo(target.json());
        assertThat(reader.records(List.of(other.hash(), target.hash())).values()).hasSize(2).allSatisfy(r -> {
            assertThat(r.parsedOnRead()).isTrue();
            assertThat(r.parse().hash()).isEqualTo(r.hash());
        });
    }

    /** A stored object the codec refuses (a rejected record may be any object) still passes on its hash, with no parse. */
    @Test
    void anObjectTheCodecRefusesIsCheckedByItsHashAloneAndCarriesNoParse() {
        JsonObject odd = new JsonObject(java.util.Map.of("v", target.json().get("v").orElseThrow(), "zzz", new JsonString("not a record")));
        byte[] bytes = Jcs.canonicalize(odd);
        Digest key = RecordHashing.recordHash(odd);
        Document copy = records().find(Filters.eq("_id", target.hash().hex())).first();
        copy.put("_id", key.hex());
        copy.put("wire", new Binary(bytes));
        copy.remove("position");
        copy.put("lots", List.of());
        copy.put("state", "REJECTED");
        copy.put("rejection", "UNKNOWN_MEMBER: /zzz");
        records().insertOne(copy);

        StoredRecord read = reader.record(key).orElseThrow();

        assertThat(read.parsedOnRead()).isFalse();
        assertThatThrownBy(read::parse).isInstanceOf(RecordException.class);
        setWire(key, Jcs.canonicalize(new JsonObject(java.util.Map.of("v", target.json().get("v").orElseThrow(),
                "zzz", new JsonString("changed")))));
        assertThatThrownBy(() -> reader.record(key)).isInstanceOfSatisfying(StoreIntegrityException.class,
                e -> assertThat(e.check()).isEqualTo(StoreIntegrityException.Check.RECORD_HASH));
    }

    /** The write side leaves the check to the sequencer, which must still stop with its own alarm. */
    @Test
    void theSequencerOverATamperedMongoLedgerStillRaisesItsTamperAlarm() {
        setWire(target.hash(), new String(wire(target.hash()), StandardCharsets.UTF_8).replaceFirst("\"2026-", "\"2027-")
                .getBytes(StandardCharsets.UTF_8));
        Sequencer sequencer = new Sequencer(new MongoLedgerStore(db), new LogStores(new MongoTileStore(db), new MongoLogStateStore(db),
                new MongoCheckpointHistory(db), new MongoLeafIndex(db)), LogFixture.signer(),
                new SequencerPolicy(4096, Duration.ZERO), Clock.systemUTC());

        assertThatThrownBy(() -> sequencer.integrate(new FencingToken(1))).isInstanceOfSatisfying(LogIntegrityException.class,
                e -> assertThat(e.reason()).isEqualTo(LogIntegrityException.Reason.RECORD_TAMPERED));
    }

    private MongoCollection<Document> records() {
        return db.getCollection(LedgerCollections.RECORDS);
    }

    private byte[] wire(Digest hash) {
        return records().find(Filters.eq("_id", hash.hex())).first().get("wire", Binary.class).getData();
    }

    private void setWire(Digest hash, byte[] wire) {
        records().updateOne(Filters.eq("_id", hash.hex()), Updates.set("wire", new Binary(wire)));
    }
}

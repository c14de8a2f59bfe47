package io.trazo.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A record read by hash or position comes back with the members the reader decodes and nothing else: the query-side
 * fields stored beside an event (issue 18) travel and get decoded on every page view's walk otherwise.
 */
class RecordReadProjectionTest {

    private static final Set<String> READ = Set.of("_id", "wire", "type", "actor", "time", "lots", "state", "position", "rejection");
    private static final List<BsonDocument> replies = java.util.Collections.synchronizedList(new ArrayList<>());
    private static MongoClient client;
    private static MongoDatabase db;

    @BeforeAll
    static void fill() {
        String name = MongoTarget.shared().freshDatabase("projection-test-").getName();
        CommandListener listener = new CommandListener() {
            @Override
            public void commandSucceeded(CommandSucceededEvent event) {
                if (event.getCommandName().equals("find")) {
                    replies.addAll(event.getResponse().getDocument("cursor").getArray("firstBatch").stream().map(BsonValue::asDocument).toList());
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(MongoTarget.shared().uri()))
                .addCommandListener(listener).build());
        db = client.getDatabase(name);
        JourneyLedger.fill(new MongoLedgerStore(db).ensureIndexes());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void recordsReadByHashOrPositionCarryOnlyWhatTheReaderDecodes() {
        MongoLedgerReader reader = new MongoLedgerReader(db, new SimpleMeterRegistry(), "trazo.test.store");
        List<Digest> all = JourneyLedger.parsed().stream().map(SignedRecord::hash).toList();
        assertThat(db.getCollection(LedgerCollections.RECORDS).find().into(new ArrayList<>()))
                .as("the stored documents do hold query-side fields").anySatisfy(d -> assertThat(d).containsKey(EventAttributes.FIELD));
        replies.clear();
        Map<Digest, StoredRecord> byHash = reader.records(all);
        StoredRecord one = reader.record(all.get(0)).orElseThrow();
        Map<Long, StoredRecord> byPosition = reader.acceptedRange(1, 20);
        assertThat(byHash).hasSize(all.size());
        assertThat(one.wire()).isEqualTo(byHash.get(all.get(0)).wire());
        assertThat(byPosition).isNotEmpty();
        assertThat(replies).hasSizeGreaterThan(all.size());
        assertThat(replies).allSatisfy(d -> assertThat(READ).containsAll(d.keySet()));
    }
}

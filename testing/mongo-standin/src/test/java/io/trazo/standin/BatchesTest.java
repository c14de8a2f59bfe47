package io.trazo.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * MongoDB's batches, as the real driver sees them through its command listener: a {@code find} without
 * {@code batchSize} answers 101 documents and each {@code getMore} without one what fits in 16 MiB; a
 * {@code batchSize} is honoured under the same cap; {@code limit} and the driver's negative limit
 * ({@code singleBatch}) end the cursor; the cursor is exhausted (id 0) with the last batch. Each case runs on
 * both backends the launcher offers.
 */
class BatchesTest {

    private static final int MIB = 1024 * 1024;

    private final List<Batch> batches = new ArrayList<>();
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> items;

    record Batch(String command, int documents, long cursorId) {}

    @TempDir
    Path dir;

    /** Both backends the launcher offers. */
    enum Backend {
        MEMORY, H2
    }

    private void start(Backend backend) {
        server = new MongoServer(backend == Backend.MEMORY ? new IdFirstMemoryBackend() : new StandInH2Backend(dir.resolve("h2").toString()));
        InetSocketAddress address = server.bind();
        CommandListener listener = new CommandListener() {
            @Override
            public void commandSucceeded(CommandSucceededEvent event) {
                if (event.getCommandName().equals("find") || event.getCommandName().equals("getMore")) {
                    BsonDocument cursor = event.getResponse().getDocument("cursor");
                    String key = cursor.containsKey("firstBatch") ? "firstBatch" : "nextBatch";
                    batches.add(new Batch(event.getCommandName(), cursor.getArray(key).size(), cursor.getInt64("id").getValue()));
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyToClusterSettings(c -> c.hosts(List.of(new ServerAddress(address.getHostString(), address.getPort()))))
                .addCommandListener(listener)
                .build());
        items = client.getDatabase("t").getCollection("items");
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
            server.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFindWithoutBatchSizeAnswers101DocumentsThenTheRestInOneGetMoreAndIsExhausted(Backend backend) {
        start(backend);
        insert(250);
        List<Integer> seen = ids(items.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 250).boxed().toList());
        assertThat(sizes()).containsExactly(101, 149);
        assertThat(batches.get(0).cursorId()).as("a cursor stays open after the first batch").isNotZero();
        assertThat(batches.get(1).cursorId()).as("exhausted with the last batch").isZero();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBatchSizeIsHonouredInTheFindAndInEachGetMore(Backend backend) {
        start(backend);
        insert(100);
        assertThat(items.find().batchSize(40).into(new ArrayList<>())).hasSize(100);
        assertThat(sizes()).containsExactly(40, 40, 20);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSortHoldsAcrossBatches(Backend backend) {
        start(backend);
        insert(250);
        List<Integer> seen = ids(items.find().sort(Sorts.descending("_id")).into(new ArrayList<>()));
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 250).map(i -> 249 - i).boxed().toList());
        assertThat(sizes()).containsExactly(101, 149);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aLimitEndsTheCursorWithinOrAfterTheFirstBatch(Backend backend) {
        start(backend);
        insert(250);
        assertThat(items.find().limit(150).into(new ArrayList<>())).hasSize(150);
        assertThat(sizes()).containsExactly(101, 49);
        batches.clear();
        assertThat(items.find().limit(30).into(new ArrayList<>())).hasSize(30);
        assertThat(batches).containsExactly(new Batch("find", 30, 0));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aNegativeLimitIsOneBatchWithTheCursorClosed(Backend backend) {
        start(backend);
        insert(250);
        assertThat(items.find().limit(-150).into(new ArrayList<>())).hasSize(101);
        assertThat(batches).containsExactly(new Batch("find", 101, 0));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBatchStopsBeforeTheDocumentThatWouldTakeItPast16MiB(Backend backend) {
        start(backend);
        for (int i = 0; i < 12; i++) {
            items.insertOne(new Document("_id", i).append("blob", new Binary(new byte[3 * MIB])));
        }
        assertThat(items.find().into(new ArrayList<>())).hasSize(12);
        assertThat(sizes()).as("five 3 MiB documents fit in 16 MiB, six do not").containsExactly(5, 5, 2);
        batches.clear();
        assertThat(items.find().batchSize(10).into(new ArrayList<>())).hasSize(12);
        assertThat(sizes()).as("the cap holds under a batchSize too").containsExactly(5, 5, 2);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDocumentLargerThanHalfTheCapStillGoesOnePerBatch(Backend backend) {
        start(backend);
        for (int i = 0; i < 3; i++) {
            items.insertOne(new Document("_id", i).append("blob", new Binary(new byte[9 * MIB])));
        }
        assertThat(items.find().into(new ArrayList<>())).hasSize(3);
        assertThat(sizes()).containsExactly(1, 1, 1);
    }

    /** The batches are for replies only: a write's own look-up still reaches every match. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void writesAndCountsStillReachEveryMatch(Backend backend) {
        start(backend);
        insert(250);
        assertThat(items.updateMany(Filters.gte("_id", 0), Updates.set("seen", true)).getModifiedCount()).isEqualTo(250);
        assertThat(items.countDocuments(Filters.eq("seen", true))).isEqualTo(250);
        assertThat(items.deleteMany(Filters.gte("_id", 0)).getDeletedCount()).isEqualTo(250);
    }

    private void insert(int count) {
        items.insertMany(IntStream.range(0, count).mapToObj(i -> new Document("_id", i).append("n", "item " + i)).toList());
    }

    private List<Integer> sizes() {
        return batches.stream().map(Batch::documents).toList();
    }

    private static List<Integer> ids(List<Document> documents) {
        return documents.stream().map(d -> d.getInteger("_id")).toList();
    }
}

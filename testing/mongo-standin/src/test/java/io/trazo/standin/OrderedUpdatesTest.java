package io.trazo.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An ordered bulk update on either stand-in backend stops at its first write error, as on MongoDB;
 * an unordered one goes on. The updates are the ledger's: upserts on {@code {_id, state: PENDING}}
 * that set a position under a unique index.
 */
class OrderedUpdatesTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> backends() {
        return Stream.of(
                Arguments.of("memory", (Supplier<MongoBackend>) IdFirstMemoryBackend::new),
                Arguments.of("H2", (Supplier<MongoBackend>) () -> new StandInH2Backend(dir.resolve("h2-" + System.nanoTime()).toString())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void anOrderedBulkStopsAtItsFirstErrorAndAnUnorderedOneGoesOn(String name, Supplier<MongoBackend> backend) {
        MongoServer server = new MongoServer(backend.get());
        InetSocketAddress at = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + at.getPort())) {
            MongoCollection<Document> records = client.getDatabase("t").getCollection("records");
            records.createIndex(Indexes.ascending("position"), new IndexOptions().unique(true).sparse(true));
            records.insertMany(IntStream.range(0, 6).mapToObj(i -> new Document("_id", "r" + i).append("state", "PENDING")).toList());
            records.updateOne(Filters.eq("_id", "r2"), Updates.set("state", "REJECTED"));

            assertThat(records.bulkWrite(accept(0, 1), new BulkWriteOptions().ordered(true)).getModifiedCount()).isEqualTo(2);
            MongoBulkWriteException stopped = (MongoBulkWriteException) org.assertj.core.api.Assertions.catchThrowable(
                    () -> records.bulkWrite(accept(2, 3), new BulkWriteOptions().ordered(true)));
            assertThat(stopped.getWriteErrors()).singleElement().satisfies(e -> {
                assertThat(e.getIndex()).isZero();
                assertThat(e.getCode()).isEqualTo(11000);
            });
            assertThat(stopped.getWriteResult().getUpserts()).isEmpty();
            assertThat(state(records, "r3")).as("nothing after the error runs").isEqualTo("PENDING");

            // a taken position in the middle: the record before it is accepted, the one after is not
            List<UpdateOneModel<Document>> middle = List.of(update("r3", 3), update("r4", 0), update("r5", 5));
            assertThatThrownBy(() -> records.bulkWrite(middle, new BulkWriteOptions().ordered(true)))
                    .isInstanceOfSatisfying(MongoBulkWriteException.class, e -> {
                        assertThat(e.getWriteErrors()).singleElement().satisfies(err -> assertThat(err.getIndex()).isEqualTo(1));
                        assertThat(e.getWriteResult().getModifiedCount()).isEqualTo(1);
                    });
            assertThat(Stream.of("r3", "r4", "r5").map(id -> state(records, id))).containsExactly("ACCEPTED", "PENDING", "PENDING");

            assertThatThrownBy(() -> records.bulkWrite(middle, new BulkWriteOptions().ordered(false)))
                    .isInstanceOfSatisfying(MongoBulkWriteException.class, e -> assertThat(e.getWriteErrors()).hasSize(2));
            assertThat(state(records, "r5")).as("unordered goes on").isEqualTo("ACCEPTED");
            assertThat(records.countDocuments()).as("no upsert ever inserted").isEqualTo(6);
        } finally {
            server.shutdownNow();
        }
    }

    private static List<UpdateOneModel<Document>> accept(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> update("r" + i, i)).toList();
    }

    private static UpdateOneModel<Document> update(String id, long position) {
        return new UpdateOneModel<>(Filters.and(Filters.eq("_id", id), Filters.eq("state", "PENDING")),
                Updates.combine(Updates.set("state", "ACCEPTED"), Updates.set("position", position)), new UpdateOptions().upsert(true));
    }

    private static String state(MongoCollection<Document> records, String id) {
        return records.find(Filters.eq("_id", id)).first().getString("state");
    }
}

package io.trazo.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reply never shares what a later write changes. The stand-in's cursors keep the documents as the query
 * matched them, so a document held by an open cursor shows, in a later batch, whether the stored document
 * it came from was copied for the reply or handed over: an update between the batches must not show.
 * The updates change top-level fields, nested fields, arrays and sub-documents inside arrays, the ways a
 * reply copy of the top level only ({@link Snapshots}) would be caught if an update ever wrote below it.
 */
class ReplyCopiesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void aCursorsLaterBatchAnswersTheVersionItsQueryRead(String kind) {
        withCollection(backend(kind), items -> {
            for (int i = 0; i < 3; i++) {
                items.insertOne(version(i));
            }
            try (MongoCursor<Document> cursor = items.find().sort(Sorts.ascending("_id")).batchSize(1).iterator()) {
                assertThat(cursor.next()).isEqualTo(version(0));
                for (Bson change : changes()) {
                    items.updateOne(Filters.eq("_id", 1), change);
                    items.updateOne(Filters.eq("_id", 2), change);
                }
                assertThat(items.find(Filters.eq("_id", 1)).first()).as("the updates took").isNotEqualTo(version(1));
                assertThat(cursor.next()).isEqualTo(version(1));
                assertThat(cursor.next()).isEqualTo(version(2));
            }
        });
    }

    /** A document with a top-level field, a sub-document, an array of values and an array of sub-documents. */
    private static Document version(int id) {
        return new Document("_id", id).append("top", "before")
                .append("nested", new Document("v", 0L).append("deeper", new Document("w", "x")))
                .append("tags", List.of("a"))
                .append("entries", List.of(new Document("k", "one").append("n", 1L)));
    }

    private static List<Bson> changes() {
        return List.of(Updates.set("top", "changed"), Updates.inc("nested.v", 1L), Updates.set("nested.deeper.w", "y"),
                Updates.push("tags", "b"), Updates.set("entries.0.k", "two"), Updates.inc("entries.0.n", 1L),
                Updates.unset("nested.deeper"));
    }

    private MongoBackend backend(String kind) {
        return kind.equals("memory") ? new IdFirstMemoryBackend() : new StandInH2Backend(dir.resolve("h2").toString());
    }

    private static void withCollection(MongoBackend backend, java.util.function.Consumer<MongoCollection<Document>> test) {
        MongoServer server = new MongoServer(backend);
        int port = server.bind().getPort();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            test.accept(client.getDatabase("t").getCollection("items"));
        } finally {
            server.shutdown();
        }
    }
}

package io.trazo.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both backends answer {@code hello} as a standalone MongoDB does, on the admin database and on any
 * other: Spring Boot's Mongo health indicator runs it on every database the server lists.
 */
class HelloTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> backends() {
        return Stream.of(
                Arguments.of("memory", (Function<Path, MongoBackend>) d -> new IdFirstMemoryBackend()),
                Arguments.of("H2", (Function<Path, MongoBackend>) d -> new StandInH2Backend(d.resolve("hello-h2").toString())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void helloSaysAWritablePrimaryOnEveryDatabase(String name, Function<Path, MongoBackend> backend) {
        MongoServer server = new MongoServer(backend.apply(dir));
        int port = server.bind().getPort();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            client.getDatabase("ledger").getCollection("records").insertOne(new Document("_id", "r"));
            for (String database : client.listDatabaseNames().into(new java.util.ArrayList<>())) {
                Document hello = client.getDatabase(database).runCommand(new Document("hello", 1));
                assertThat(hello.getBoolean("isWritablePrimary")).as(database).isTrue();
                assertThat(hello).as(database).doesNotContainKey("ismaster").containsKeys("maxWireVersion", "maxBsonObjectSize");
                assertThat(hello.getDouble("ok")).isEqualTo(1.0);
            }
            assertThat(client.getDatabase("admin").runCommand(new Document("hello", 1)).getBoolean("isWritablePrimary")).isTrue();
        } finally {
            server.shutdown();
        }
    }
}

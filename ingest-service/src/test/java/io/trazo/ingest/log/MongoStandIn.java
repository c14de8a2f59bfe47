package io.trazo.ingest.log;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import io.trazo.standin.IdFirstMemoryBackend;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One Mongo-wire stand-in (mongo-java-server, memory backend) per test JVM, reached through the real
 * driver; every {@link #freshDatabase()} is a new, empty database so each contract case starts clean.
 */
final class MongoStandIn {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static MongoClient client;
    private static String uri;

    private MongoStandIn() {}

    static synchronized MongoDatabase freshDatabase() {
        start();
        return client.getDatabase("log" + DATABASES.incrementAndGet());
    }

    /** A connection string to a fresh, empty database on the stand-in. */
    static synchronized String freshUri() {
        start();
        return uri + "/log" + DATABASES.incrementAndGet();
    }

    private static void start() {
        if (client == null) {
            MongoServer server = new MongoServer(new IdFirstMemoryBackend());
            InetSocketAddress address = server.bind();
            uri = "mongodb://127.0.0.1:" + address.getPort();
            client = MongoClients.create(uri);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                client.close();
                server.shutdownNow();
            }));
        }
    }
}

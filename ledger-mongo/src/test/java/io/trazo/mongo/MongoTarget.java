package io.trazo.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import io.trazo.standin.IdFirstMemoryBackend;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The MongoDB a test runs against: an external server when {@code TRAZO_MONGO_URI} is set, otherwise
 * the Mongo-wire stand-in (memory backend) started in this JVM. One per test JVM; tests isolate
 * themselves by database name.
 */
public final class MongoTarget {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static MongoTarget shared;

    private final String uri;
    private final Optional<MongoServer> server;
    private final MongoClient client;

    private MongoTarget(String uri, Optional<MongoServer> server) {
        this.uri = uri;
        this.server = server;
        this.client = MongoClients.create(uri);
    }

    public static synchronized MongoTarget shared() {
        if (shared == null) {
            String external = System.getenv("TRAZO_MONGO_URI");
            if (external != null && !external.isBlank()) {
                shared = new MongoTarget(external, Optional.empty());
            } else {
                MongoServer server = new MongoServer(new IdFirstMemoryBackend());
                InetSocketAddress at = server.bind();
                shared = new MongoTarget("mongodb://127.0.0.1:" + at.getPort(), Optional.of(server));
            }
        }
        return shared;
    }

    /** The connection string as configured, with whatever database it names (none for the stand-in). */
    public String uri() {
        return uri;
    }

    /** A connection string for a fresh database of this target. */
    public String uri(String database) {
        int query = uri.indexOf('?');
        String base = query < 0 ? uri : uri.substring(0, query);
        String params = query < 0 ? "" : uri.substring(query);
        int slash = base.indexOf('/', "mongodb://".length() + 1);
        return (slash < 0 ? base : base.substring(0, slash)) + "/" + database + params;
    }

    /** A new, empty database on this target, named {@code prefix} and a counter. */
    public MongoDatabase freshDatabase(String prefix) {
        return client.getDatabase(prefix + DATABASES.incrementAndGet());
    }

    public MongoClient client() {
        return client;
    }

    public boolean standIn() {
        return server.isPresent();
    }
}

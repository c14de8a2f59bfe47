package io.trazo.query.store;

import de.bwaldvogel.mongo.MongoServer;
import io.trazo.standin.IdFirstMemoryBackend;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * The MongoDB a test runs against: the server {@code TRAZO_MONGO_URI} names when it is set (tests
 * isolate themselves by database name), otherwise the Mongo-wire stand-in (mongo-java-server, memory
 * backend) on a free loopback port.
 */
public final class StandInMongo implements AutoCloseable {

    private final Optional<MongoServer> server;
    private final String uri;

    public StandInMongo() {
        String external = System.getenv("TRAZO_MONGO_URI");
        if (external != null && !external.isBlank()) {
            this.server = Optional.empty();
            this.uri = external;
        } else {
            MongoServer standIn = new MongoServer(new IdFirstMemoryBackend());
            InetSocketAddress at = standIn.bind();
            this.server = Optional.of(standIn);
            this.uri = "mongodb://127.0.0.1:" + at.getPort();
        }
    }

    public String uri() {
        return uri;
    }

    @Override
    public void close() {
        server.ifPresent(MongoServer::shutdown);
    }
}

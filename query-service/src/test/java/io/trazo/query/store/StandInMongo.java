package io.trazo.query.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/** The Mongo-wire stand-in (mongo-java-server, memory backend) on a free loopback port, for tests and the benchmark. */
public final class StandInMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final String uri;

    public StandInMongo() {
        InetSocketAddress at = server.bind();
        this.uri = "mongodb://127.0.0.1:" + at.getPort();
    }

    public String uri() {
        return uri;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}

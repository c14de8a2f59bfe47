package io.trazo.standin;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The stock memory backend and {@link IdFirstMemoryBackend}, each served over the wire on a free loopback
 * port with its own client: the pair a "plans differently, answers the same" test compares. Registered as a
 * static extension, it starts both and seeds the same data into each before the test class's tests run.
 */
final class BackendPair implements BeforeAllCallback, AfterAllCallback {

    private final Consumer<MongoDatabase> seed;
    private MongoServer stockServer;
    private MongoServer idFirstServer;
    private MongoClient stock;
    private MongoClient idFirst;

    /** {@code seed} writes the test's data; it runs once on each backend's database {@code t}. */
    BackendPair(Consumer<MongoDatabase> seed) {
        this.seed = seed;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        stockServer = new MongoServer(new MemoryBackend());
        idFirstServer = new MongoServer(new IdFirstMemoryBackend());
        stock = MongoClients.create("mongodb://" + hostPort(stockServer.bind()));
        idFirst = MongoClients.create("mongodb://" + hostPort(idFirstServer.bind()));
        seed.accept(stock());
        seed.accept(idFirst());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stock.close();
        idFirst.close();
        stockServer.shutdownNow();
        idFirstServer.shutdownNow();
    }

    /** The stock memory backend's database {@code t}: the reference answers. */
    MongoDatabase stock() {
        return stock.getDatabase("t");
    }

    /** The launcher's backend's database {@code t}: the answers under test. */
    MongoDatabase idFirst() {
        return idFirst.getDatabase("t");
    }

    private static String hostPort(InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}

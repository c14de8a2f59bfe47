package io.trazo.standin;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The stock memory backend and {@link IdFirstMemoryBackend}, each served over the wire on a free loopback
 * port with its own client: the pair a "plans differently, answers the same" test compares. Registered as a
 * static extension, it starts before the test class's {@code @BeforeAll} (which seeds both) and stops after.
 */
final class BackendPair implements BeforeAllCallback, AfterAllCallback {

    private MongoServer stockServer;
    private MongoServer idFirstServer;
    private MongoClient stock;
    private MongoClient idFirst;

    @Override
    public void beforeAll(ExtensionContext context) {
        stockServer = new MongoServer(new MemoryBackend());
        idFirstServer = new MongoServer(new IdFirstMemoryBackend());
        stock = MongoClients.create("mongodb://" + hostPort(stockServer.bind()));
        idFirst = MongoClients.create("mongodb://" + hostPort(idFirstServer.bind()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stock.close();
        idFirst.close();
        stockServer.shutdownNow();
        idFirstServer.shutdownNow();
    }

    /** A client of the stock memory backend: the reference answers. */
    MongoClient stock() {
        return stock;
    }

    /** A client of the launcher's backend: the answers under test. */
    MongoClient idFirst() {
        return idFirst;
    }

    /** Both clients, for seeding the same data into each. */
    List<MongoClient> both() {
        return List.of(stock, idFirst);
    }

    private static String hostPort(InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}

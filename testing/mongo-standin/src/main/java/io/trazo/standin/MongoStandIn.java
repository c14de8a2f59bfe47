package io.trazo.standin;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.util.concurrent.CountDownLatch;

/**
 * Serves the Mongo wire protocol on a port, from a file (H2) or from memory, for local runs and
 * benchmarks. Usage: {@code MongoStandIn <host> <port> <h2-file | :memory:>}.
 *
 * <p>The shutdown hook closes the H2 store cleanly on SIGTERM; a {@code kill -9} can lose about the
 * last second of acknowledged writes, which is one of the ways this is not MongoDB (README.md lists
 * them all).
 */
public final class MongoStandIn {

    private MongoStandIn() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: MongoStandIn <host> <port> <h2-file | :memory:>");
            System.exit(2);
        }
        MongoBackend backend = args[2].equals(":memory:") ? new IdFirstMemoryBackend() : new StandInH2Backend(args[2]);
        MongoServer server = new MongoServer(backend);
        server.bind(args[0], Integer.parseInt(args[1]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            stopped.countDown();
        }, "mongo-standin-shutdown"));
        System.out.println("Mongo-wire STAND-IN (mongo-java-server, " + (args[2].equals(":memory:") ? "memory" : "H2 file " + args[2])
                + ") listening on " + args[0] + ":" + args[1] + " - not MongoDB");
        stopped.await();
    }
}

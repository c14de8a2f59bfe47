package io.trazo.query.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.trazo.ledger.bundle.ExportedBundle;
import io.trazo.ledger.provenance.Trace;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.verify.VerificationReport;
import io.trazo.ledger.verify.Verifier;
import io.trazo.query.QueryApplication;
import io.trazo.query.QueryProperties;
import io.trazo.query.provenance.Provenance;
import io.trazo.mongo.MongoTarget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;
import org.awaitility.Awaitility;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The query benchmark (docs/benchmarks.md §Query). Not a test: run it by hand, see the doc for the
 * command. Fills the Mongo-wire stand-in (memory backend, in this JVM over loopback TCP, or the server
 * {@code TRAZO_MONGO_URI} names, such as testing/mongo-standin in its own JVM) with
 * {@code units} × 55 generated records, starts the service, and drives it open-loop. A step of 0
 * seconds only fills the store (and leaves its snapshot for the next run).
 */
public final class QueryBenchmark {

    /** Retail lots of the popular steps: 100 × ~76 evidence records fit the default parsed-record memo (16,384). */
    private static final int POPULAR_LOTS = 100;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Duration step = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 20);
        MongoTarget mongo = MongoTarget.shared();
        try (MongoClient client = MongoClients.create(mongo.uri())) {
            MongoDatabase db = client.getDatabase("bench");
            long loaded = BenchStore.fill(db, units);
            if (step.isZero()) {
                return;
            }
            System.out.printf("store: %s, %d records (%d units × %d + 40 demo)%n", mongo.uri(), loaded, units,
                    JourneyGenerator.RECORDS_PER_UNIT);
            String external = System.getenv("TRAZO_BENCH_SERVICE_PORT");
            ConfigurableApplicationContext app = null;
            int port;
            if (external != null) {
                // the service runs in its own JVM (the query-service jar on database "bench"): no in-process breakdown,
                // and neither its GC pauses nor the generator's delay the other
                port = Integer.parseInt(external);
                awaitHealthy(port);
                System.out.println("service: its own JVM on port " + port);
                // no in-process breakdown to warm the service's JIT: a longer warm-up of every path instead. 15 s each was
                // not enough: a profile of the bundle step still found the JIT compilers in 28 % of the service's samples
                Random warm = new Random(11);
                ExecutorService warming = OpenLoop.executor();
                for (String path : new String[] {"/trace/upstream", "/verification", "/bundle"}) {
                    System.out.println("warm-up: " + new OpenLoop(warming).run("warm-up " + path, 50, Duration.ofSeconds(40),
                            i -> lot(port, warm.nextInt(units), path)));
                }
                warming.shutdownNow();
            } else {
                app = new SpringApplicationBuilder(QueryApplication.class).run(
                        "--spring.mongodb.uri=" + mongo.uri(), "--trazo.query.database=bench", "--server.port=0", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off");
                port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
                System.out.println("service memos: " + app.getBean(io.trazo.query.provenance.CacheProperties.class));
                breakdown(app, units);
            }
            Random random = new Random(7);
            IntFunction<URI> trace = i -> lot(port, random.nextInt(units), "/trace/upstream");
            IntFunction<URI> verify = i -> lot(port, random.nextInt(units), "/verification");
            IntFunction<URI> bundle = i -> lot(port, random.nextInt(units), "/bundle");
            ExecutorService executor = OpenLoop.executor();
            OpenLoop load = new OpenLoop(executor);
            System.out.println("warm-up: " + load.run("trace (warm-up)", 50, Duration.ofSeconds(10), trace));
            // the three target steps first, on a service no climb has overloaded yet; then the climbs to overload
            System.out.println(load.run("upstream trace", 100, step, trace));
            System.out.println(load.run("verification", 50, step, verify));
            System.out.println(load.run("bundle export", 50, step, bundle));
            if (System.getenv("TRAZO_BENCH_TARGETS_ONLY") != null) {
                // repeated runs of the three latency targets only (restore, warm-up, three steps: about 3 minutes)
                executor.shutdownNow();
                return;
            }
            climb(load, "upstream trace", new int[] {200, 300, 400, 600, 800, 1000, 1300}, step, trace);
            climb(load, "verification", new int[] {100, 150, 200, 300, 400}, step, verify);
            skewed(load, port, units, step);
            popular(load, port, units, step);
            executor.shutdownNow();
            if (app != null) {
                app.close();
            }
        }
    }

    /**
     * Lots drawn by a Zipf(1) popularity over the whole store, the shape real request streams tend to
     * have: between the uniform steps (every lot equally likely, so at this size a lot's signatures are
     * almost never remembered) and the popular ones (100 lots, all remembered). Every request still
     * re-checks everything but the Ed25519 checks the signature memo has already done on identical bytes.
     */
    private static void skewed(OpenLoop load, int port, int units, Duration step) throws InterruptedException {
        Zipf zipf = new Zipf(units, 1.0, 13);
        System.out.printf("zipf(1) over %d lots: the top 1,000 draw %.0f %%, the top 2,000 %.0f %%%n", units, 100 * zipf.share(1000),
                100 * zipf.share(2000));
        IntFunction<URI> verify = i -> lot(port, zipf.next(), "/verification");
        System.out.println("warm-up: " + load.run("zipf verification (warm-up)", 150, Duration.ofSeconds(30), verify));
        climb(load, "zipf verification", new int[] {200, 300, 400, 500, 600, 800, 1000}, step, verify);
    }

    /**
     * The same few lots requested again and again, as a popular retail lot is: their records and
     * signatures fit the service's memos, so this is the warm path. The uniform steps above are the cold
     * path at this store size, where every signature of a lot is checked again.
     */
    private static void popular(OpenLoop load, int port, int units, Duration step) throws InterruptedException {
        int lots = Math.min(units, POPULAR_LOTS);
        Random random = new Random(11);
        IntFunction<URI> verify = i -> lot(port, random.nextInt(lots), "/verification");
        IntFunction<URI> bundle = i -> lot(port, random.nextInt(lots), "/bundle");
        IntFunction<URI> trace = i -> lot(port, random.nextInt(lots), "/trace/upstream");
        System.out.println("warm-up: " + load.run("popular verification (warm-up)", 50, Duration.ofSeconds(10), verify));
        System.out.println(load.run("popular upstream trace", 100, step, trace));
        System.out.println(load.run("popular verification", 50, step, verify));
        System.out.println(load.run("popular bundle export", 50, step, bundle));
        climb(load, "popular verification", new int[] {100, 200, 300, 400, 500, 600, 800, 1000, 1300, 1600, 2000}, step, verify);
    }

    static void awaitHealthy(int port) {
        URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
        Awaitility.await("a healthy query service on port " + port).atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(() -> HTTP.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200);
    }

    /** The service answers one request of the step's kind within 100 ms again: the overloaded step's queue has drained. */
    static void awaitDrained(IntFunction<URI> target) {
        Awaitility.await("the service to drain its queue").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> {
                    long start = System.nanoTime();
                    HTTP.send(HttpRequest.newBuilder(target.apply(0)).build(), HttpResponse.BodyHandlers.discarding());
                    return System.nanoTime() - start < Duration.ofMillis(100).toNanos();
                });
    }

    private static void climb(OpenLoop load, String name, int[] rates, Duration step, IntFunction<URI> target) throws InterruptedException {
        for (int rate : rates) {
            OpenLoop.Result r = load.run(name, rate, step, target);
            System.out.println(r);
            // a step where the generator fell behind still counts: latency is measured from the intended send time,
            // so a late dispatch only makes that step's numbers an upper bound
            if (r.p99() >= 100 || r.errors() > 0) {
                // let the overloaded step's queue drain, or the next step measures it
                awaitDrained(target);
                break;
            }
        }
    }

    private static URI lot(int port, int unit, String path) {
        return URI.create("http://127.0.0.1:" + port + "/lots/" + JourneyGenerator.retail(unit) + path);
    }

    /** Where the time goes, in process and sequentially: store walk, evidence assembly, verification, bundle bytes. */
    private static void breakdown(ConfigurableApplicationContext app, int units) {
        Provenance provenance = app.getBean(Provenance.class);
        Verifier verifier = new Verifier(app.getBean(QueryProperties.class).trustRootKeys(), RolePolicy.standard());
        int n = 300;
        long[] walk = new long[n];
        long[] evidence = new long[n];
        long[] verify = new long[n];
        long[] bundle = new long[n];
        long[] served = new long[n];
        Random random = new Random(3);
        int size = 0;
        for (int i = 0; i < n; i++) {
            String lot = JourneyGenerator.retail(random.nextInt(units));
            long a = System.nanoTime();
            Trace trace = provenance.upstream(lot, 1000);
            long b = System.nanoTime();
            List<StoredRecord> records = provenance.evidence(trace);
            long c = System.nanoTime();
            VerificationReport report = verifier.verify(records.stream().map(StoredRecord::wire).toList());
            long d = System.nanoTime();
            ExportedBundle exported = provenance.bundle(lot);
            long e = System.nanoTime();
            Provenance.Verification verification = provenance.verify(lot);
            served[i] = System.nanoTime() - e;
            if (!report.ok() || !verification.report().ok() || !(exported.log() instanceof ExportedBundle.LogCoverage.Proved)) {
                throw new IllegalStateException("generated lot does not verify: " + report.failures());
            }
            size = trace.records().size();
            walk[i] = b - a;
            evidence[i] = c - b;
            verify[i] = d - c;
            bundle[i] = e - d;
        }
        System.out.printf("in-process, sequential, %d lots, ancestry %d records (+ registry/plots in the evidence):%n", n, size);
        System.out.println("  upstream walk (store round trips + parse): " + stats(walk));
        System.out.println("  evidence assembly (registry, plots):       " + stats(evidence));
        System.out.println("  re-verification (fresh Verifier over bytes): " + stats(verify));
        System.out.println("  bundle export (walk + evidence + log + JCS): " + stats(bundle));
        System.out.println("  served verification (walk + evidence + parsed re-verification, signature memo warm after lot 1): "
                + stats(served));
    }

    private static String stats(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("median %.2f ms, p99 %.2f ms", s[s.length / 2] / 1e6, s[(int) (s.length * 0.99)] / 1e6);
    }
}

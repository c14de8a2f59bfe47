package io.trazo.query.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.trazo.mongo.MongoTarget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;
import org.awaitility.Awaitility;

/**
 * The certifier's lot audit (issue 17: a lot with a 65-record upstream, p99 ≤ 50 ms at 50/s on the
 * 1,000,000-record store; docs/benchmarks.md §Audits). Not a test: run it by hand against the stand-in
 * and query-service, each in its own JVM (the doc has the commands). Fills the store as {@link
 * QueryBenchmark} does (or restores its snapshot), waits for query, and times the first audit, which
 * pays for query's fold of the whole ledger unless query warmed it at start. Then audits of retail lots
 * drawn uniformly from the whole store, each of which judges the 20 claims and the custody of its
 * 65-record upstream: at 50/s first, then climbed until the p99 passes 50 ms or a request fails.
 */
public final class AuditBenchmark {

    private static final int[] RATES = {100, 150, 200, 300, 400, 600, 800, 1000, 1300};
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Duration step = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 20);
        String servicePort = System.getenv("TRAZO_BENCH_SERVICE_PORT");
        if (servicePort == null) {
            throw new IllegalStateException("TRAZO_BENCH_SERVICE_PORT: the port of query-service on database bench (see docs/benchmarks.md)");
        }
        int port = Integer.parseInt(servicePort);
        MongoTarget mongo = MongoTarget.shared();
        try (MongoClient client = MongoClients.create(mongo.uri())) {
            long records = BenchStore.fill(client.getDatabase("bench"), units);
            System.out.printf("store: %s, %d records; audits from query-service on port %d%n", mongo.uri(), records, port);
        }
        QueryBenchmark.awaitHealthy(port);
        firstAudit(audit(port, 0));
        Random random = new Random(23);
        IntFunction<URI> audits = i -> audit(port, random.nextInt(units));
        ExecutorService executor = OpenLoop.executor();
        OpenLoop load = new OpenLoop(executor);
        System.out.println("warm-up: " + load.run("lot audit (warm-up)", 50, Duration.ofSeconds(30), audits));
        OpenLoop.Result target = load.run("lot audit", 50, step, audits);
        System.out.println(target);
        int sustained = target.p99() <= 50 && target.errors() == 0 ? 50 : 0;
        for (int rate : sustained == 0 ? new int[0] : RATES) {
            OpenLoop.Result r = load.run("lot audit", rate, step, audits);
            System.out.println(r);
            if (r.p99() > 50 || r.errors() > 0) {
                QueryBenchmark.awaitDrained(audits);
                break;
            }
            sustained = rate;
        }
        System.out.printf("lot audit: maximum sustainable rate %d/s (p99 ≤ 50 ms, no errors)%n", sustained);
        executor.shutdownNow();
    }

    /** Times the first audit until it answers 200, and prints what it judged, to show the steps audit real claims. */
    private static void firstAudit(URI uri) throws Exception {
        long t0 = System.nanoTime();
        AtomicInteger attempts = new AtomicInteger();
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        // a warming service answers 503 with Retry-After: poll once a second, for at most 10 minutes
        Awaitility.await("the first audit past query's warm-up").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    attempts.incrementAndGet();
                    last.set(HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10)).build(),
                            HttpResponse.BodyHandlers.ofString()));
                    return last.get().statusCode() != 503;
                });
        HttpResponse<String> answer = last.get();
        String body = answer.body();
        System.out.printf("first audit: HTTP %d after %.1f s (%d attempts), %d bytes, %d claims judged valid, %d invalid%n",
                answer.statusCode(), (System.nanoTime() - t0) / 1e9, attempts.get(), body.length(), count(body, "\"status\":\"valid\""),
                count(body, "\"status\":\"invalid\""));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the first audit failed: " + body);
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    private static URI audit(int port, int unit) {
        return URI.create("http://127.0.0.1:" + port + "/lots/" + JourneyGenerator.retail(unit) + "/audit");
    }
}

package io.trazo.query.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-loop load generator: request i is due at start + i/rate whatever happened to earlier ones,
 * and its latency is measured from that intended send time, so a stalled server is charged for every
 * request that queued behind the stall (no coordinated omission, as in wrk2).
 *
 * <p>Requests go out on a pool of threads, each a blocking {@link HttpURLConnection} over kept-alive
 * connections, and wait in the pool's queue when all threads are busy (still timed from their due time).
 * The generator shares the machine's two cores with the service and the store, so it must be cheap: the
 * JDK's asynchronous {@code HttpClient}, used before, cost 1.4-1.6 ms of CPU per 48 KB verification
 * report (on two cores it also starts a thread per completion stage), a sixth of the service's own.
 */
final class OpenLoop {

    static {
        // idle keep-alive connections kept per destination; the JDK's default of 5 would close most of the pool's
        System.setProperty("http.maxConnections", "64");
    }

    private final ExecutorService executor;
    private final Duration drain;

    OpenLoop(ExecutorService executor) {
        this(executor, Duration.ofSeconds(60));
    }

    /** @param drain how long a step waits, after its last send, for answers still out; any not in by then are errors */
    OpenLoop(ExecutorService executor, Duration drain) {
        this.executor = executor;
        this.drain = drain;
    }

    /**
     * One step. {@code lag} is the latest the generator sent any request after its due time, in ms: more
     * than 20 ms means it fell behind (its thread was not scheduled in time, usually because the
     * cores are saturated). Latency is still timed from the due time, so a lag only adds to it.
     */
    record Result(String name, double rate, int sent, int errors, double p50, double p99, double p999, double max, double lag) {

        boolean kept() {
            return lag < 20;
        }

        @Override
        public String toString() {
            return String.format("%-22s %6.0f/s  n=%-6d errors=%-4d p50=%7.2f ms  p99=%8.2f ms  p99.9=%8.2f ms  max=%8.2f ms%s",
                    name, rate, sent, errors, p50, p99, p999, max,
                    kept() ? "" : String.format("  (generator fell behind, by up to %.0f ms)", lag));
        }
    }

    Result run(String name, double rate, Duration duration, IntFunction<URI> target) throws InterruptedException {
        int n = (int) (rate * duration.toSeconds());
        AtomicLongArray latency = new AtomicLongArray(n);
        URI[] targets = new URI[n];
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(n);
        long period = (long) (1e9 / rate);
        long start = System.nanoTime() + 50_000_000;
        long worstLag = 0;
        for (int i = 0; i < n; i++) {
            long intended = start + i * period;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            worstLag = Math.max(worstLag, System.nanoTime() - intended);
            int index = i;
            targets[i] = target.apply(i);
            URI uri = targets[i];
            executor.execute(() -> {
                boolean ok = get(uri);
                if (latency.compareAndSet(index, 0, System.nanoTime() - intended) && !ok) {
                    errors.incrementAndGet();
                }
                done.countDown();
            });
        }
        if (!done.await(drain.toNanos(), TimeUnit.NANOSECONDS)) {
            // answers still out are charged their wait so far and counted as errors: left at 0 they read as instant,
            // and an overloaded step would pass for the fastest one
            long now = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (latency.compareAndSet(i, 0, now - (start + i * period))) {
                    errors.incrementAndGet();
                }
            }
        }
        long[] sorted = new long[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = latency.get(i);
        }
        long[] byRequest = sorted.clone();
        Arrays.sort(sorted);
        if (System.getenv("TRAZO_BENCH_SLOWEST") != null) {
            // where the tail comes from: clustered in time (a stall) or spread over particular targets
            java.util.stream.IntStream.range(0, n).boxed().sorted((a, b) -> Long.compare(byRequest[b], byRequest[a])).limit(12)
                    .forEach(k -> System.err.printf("slowest %s: at %6.0f ms into the step, %6.1f ms, %s%n", name, k * period / 1e6,
                            byRequest[k] / 1e6, targets[k]));
        }
        return new Result(name, rate, n, errors.get(), ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 0.999), sorted[n - 1] / 1e6,
                worstLag / 1e6);
    }

    /** Whether a GET of {@code uri} answered 200; the body is read to its end so the connection is kept alive. */
    static boolean get(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(30_000);
            connection.setReadTimeout(30_000);
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.transferTo(OutputStream.nullOutputStream());
                }
            }
            return status == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    static ExecutorService executor() {
        return Executors.newFixedThreadPool(32);
    }
}

package io.trazo.query.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's load generator is open-loop: a request that waited behind a stalled one is charged
 * from the time it was due, not from when a worker got to send it (what wrk2 calls avoiding
 * coordinated omission). Its numbers in docs/benchmarks.md mean nothing if this does not hold.
 */
class OpenLoopTest {

    private final AtomicInteger served = new AtomicInteger();
    private final CountDownLatch stallEnd = new CountDownLatch(1);
    private HttpServer server;
    private ExecutorService one;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            if (served.getAndIncrement() == 0 && exchange.getRequestURI().getPath().equals("/stall")) {
                awaitStallEnd();
            }
            int status = exchange.getRequestURI().getPath().equals("/missing") ? 404 : 200;
            byte[] body = "{}".getBytes();
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        one = Executors.newFixedThreadPool(1);
    }

    @AfterEach
    void stop() {
        server.stop(0);
        one.shutdownNow();
    }

    @Test
    void requestsQueuedBehindAStallAreTimedFromWhenTheyWereDue() throws InterruptedException {
        URI stall = uri("/stall");
        // the first request holds the only worker until request 50 (due at 500 ms) has been sent
        OpenLoop.Result r = new OpenLoop(one).run("stall", 100, Duration.ofSeconds(1), i -> {
            if (i == 50) {
                stallEnd.countDown();
            }
            return stall;
        });

        assertThat(r.sent()).isEqualTo(100);
        assertThat(served.get()).isEqualTo(100);
        assertThat(r.errors()).isZero();
        // request k (due at 10k ms) waited until the stall ended at ~500 ms: about 490 ms for k = 1,
        // while timing from the send would have given it a millisecond
        assertThat(r.max()).isGreaterThanOrEqualTo(480);
        assertThat(r.p99()).isGreaterThanOrEqualTo(400);
        // the requests due after the stall had drained are on time again
        assertThat(r.p50()).isLessThan(r.p99());
        // and the generator itself kept its timetable: a closed loop would have sent request 1 ~490 ms late
        assertThat(r.lag()).isLessThan(200);
    }

    @Test
    void answersOtherThan200AreCountedAsErrors() throws InterruptedException {
        URI missing = uri("/missing");
        OpenLoop.Result r = new OpenLoop(one).run("missing", 50, Duration.ofSeconds(1), i -> missing);

        assertThat(r.sent()).isEqualTo(50);
        assertThat(r.errors()).isEqualTo(50);
    }

    /** Found when a page step overloaded the machine: every answer later than the drain wait read as 0 ms, so p99 0. */
    @Test
    void answersStillOutWhenTheStepHasDrainedAreErrorsChargedTheirWaitNotZero() throws InterruptedException {
        URI stall = uri("/stall");
        // the one worker is held by the first request (2 s at most) well past the 0.2 s drain: the other nine are still queued
        OpenLoop.Result r = new OpenLoop(one, Duration.ofMillis(200)).run("stuck", 10, Duration.ofSeconds(1), i -> stall);
        stallEnd.countDown();

        assertThat(r.sent()).isEqualTo(10);
        assertThat(r.errors()).isEqualTo(10);
        assertThat(r.p50()).as("charged from their due time to the end of the drain").isGreaterThanOrEqualTo(150);
        assertThat(r.max()).isGreaterThanOrEqualTo(1000);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Bounded, so that a generator that waits for this response (a closed loop) fails the test instead of hanging it. */
    private void awaitStallEnd() {
        try {
            stallEnd.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

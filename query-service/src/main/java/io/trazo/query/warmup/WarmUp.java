package io.trazo.query.warmup;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where one in-memory catch-up from the ledger stands (the audit fold, the status map): query folds the
 * whole ledger once at start, in the background, and requests that need the result wait a bounded time
 * for it (docs/operations.md, "Warm-up at start"). A catch-up nobody started is {@link State#COLD}: the
 * first request then catches up itself, as before warm-up existed, so a component used outside the
 * service (a test, the benchmark) behaves as it always did. Verify-ahead reports through one too, though no
 * request waits for it: its catch-up only spares later requests their Ed25519 checks.
 */
public final class WarmUp {

    public enum State { COLD, WARMING, READY, FAILED }

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
    private static final long LOG_EVERY = 100_000;

    private final String name;
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicLong progress = new AtomicLong();
    private volatile State state = State.COLD;
    private volatile long target;
    private volatile Instant started;
    private volatile Duration took;
    private volatile String failure;

    public WarmUp(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public State state() {
        return state;
    }

    /** Claims the warm-up for the caller; false when it was already started (by the starter or a first request). */
    public synchronized boolean begin(long target) {
        if (state != State.COLD) {
            return false;
        }
        this.target = target;
        this.started = Instant.now();
        this.state = State.WARMING;
        return true;
    }

    /** Logged every {@value #LOG_EVERY} positions or leaves, so an operator sees a long warm-up move. */
    public void progress(long done) {
        long before = progress.getAndSet(done);
        if (done / LOG_EVERY != before / LOG_EVERY) {
            log.info("{} warm-up: {} of {}", name, done, target);
        }
    }

    public long progress() {
        return progress.get();
    }

    public void ready() {
        took = Duration.between(started, Instant.now());
        state = State.READY;
        done.countDown();
    }

    /** A failed warm-up releases its waiters; the next request catches up itself, as a cold one would. */
    public void failed(RuntimeException e) {
        took = Duration.between(started, Instant.now());
        failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        state = State.FAILED;
        done.countDown();
    }

    public Duration took() {
        return took;
    }

    /**
     * Waits up to {@code bound} while a warm-up runs.
     *
     * @throws WarmingUpException if it is still running after {@code bound}
     */
    public void awaitWarm(Duration bound) {
        if (state != State.WARMING) {
            return;
        }
        try {
            if (!done.await(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new WarmingUpException(name, progress.get(), target);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WarmingUpException(name, progress.get(), target);
        }
    }

    /** Waits until a started warm-up has finished, ready or failed; false if {@code bound} passed first. For tooling and tests. */
    public boolean awaitDone(Duration bound) throws InterruptedException {
        return done.await(bound.toMillis(), TimeUnit.MILLISECONDS);
    }

    Map<String, Object> details() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("state", state.name().toLowerCase());
        d.put("progress", progress.get());
        d.put("target", target);
        if (took != null) {
            d.put("tookMs", took.toMillis());
        }
        if (failure != null) {
            d.put("failure", failure);
        }
        return d;
    }
}

package io.trazo.ledger.concurrent;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * How a batch append (or a {@link io.trazo.ledger.verify.Verifier}) spreads its pure, CPU-bound work
 * (parsing records, checking them and their Ed25519 signatures) over threads. Nothing that touches the
 * store runs in parallel: the writes of a batch are still issued by the caller's thread, in the order
 * {@code BatchAppend} describes, so crash and replay behave exactly as with {@link #SERIAL}.
 *
 * <p>Why: a batch's store round trips and its checks alternate on one thread, so while the store works
 * the checks wait and the other way round; on a 2-core machine shared with the broker and the store,
 * checking on two threads raised sustained ingest by about 14 % (docs/benchmarks.md, Ingest).
 *
 * <p>Work is handed out in small chunks from a shared counter rather than in fixed slices, because the
 * helpers share the cores with the store and the broker: a helper that is not scheduled for a while
 * leaves its work to the caller instead of keeping the caller waiting.
 *
 * @param executor runs the helpers ({@code ways - 1} of them; the caller's thread is the first way). It
 *     may be shared and busy: a helper that starts late finds the work done and returns
 * @param ways how many threads may work on one batch at once, 1 for the caller alone
 */
public record Parallelism(Executor executor, int ways) {

    /** Everything on the caller's thread. */
    public static final Parallelism SERIAL = new Parallelism(Runnable::run, 1);

    /** Items per chunk taken from the counter; also the fewest items worth waking a helper for, twice over. */
    public static final int CHUNK = 8;

    public Parallelism {
        if (ways < 1) {
            throw new IllegalArgumentException("ways must be at least 1, got " + ways);
        }
    }

    /**
     * Runs {@code work} for every index in {@code [0, count)}, each exactly once, and returns when all
     * have run; what {@code work} wrote is then visible to the caller. The first failure is rethrown
     * after every chunk already taken has finished.
     */
    public void forEach(int count, IntConsumer work) {
        if (ways == 1 || count < 2 * CHUNK) {
            for (int i = 0; i < count; i++) {
                work.accept(i);
            }
            return;
        }
        Run run = new Run(count, work);
        for (int h = 1; h < ways; h++) {
            try {
                executor.execute(run::help);
            } catch (RejectedExecutionException e) {
                break; // shutting down: the caller does the rest
            }
        }
        run.finish();
    }

    /** One {@link #forEach}: a counter handing out chunks, and the helpers still inside one. */
    private static final class Run {

        private final int count;
        private final IntConsumer work;
        private final AtomicInteger next = new AtomicInteger();
        private int active;
        private Throwable failure;

        Run(int count, IntConsumer work) {
            this.count = count;
            this.work = work;
        }

        void help() {
            synchronized (this) {
                if (next.get() >= count) {
                    return;
                }
                active++;
            }
            try {
                pull();
            } catch (Throwable t) {
                fail(t);
            } finally {
                synchronized (this) {
                    if (--active == 0) {
                        notifyAll();
                    }
                }
            }
        }

        void finish() {
            try {
                pull();
            } catch (Throwable t) {
                fail(t);
            }
            synchronized (this) {
                boolean interrupted = false;
                while (active > 0) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true; // a taken chunk must finish before its results are read
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                if (failure instanceof RuntimeException e) {
                    throw e;
                }
                if (failure instanceof Error e) {
                    throw e;
                }
                if (failure != null) {
                    throw new IllegalStateException(failure);
                }
            }
        }

        private void pull() {
            for (int from = next.getAndAdd(CHUNK); from < count; from = next.getAndAdd(CHUNK)) {
                for (int i = from, to = Math.min(count, from + CHUNK); i < to; i++) {
                    work.accept(i);
                }
            }
        }

        private synchronized void fail(Throwable t) {
            if (failure == null) {
                failure = t;
            } else {
                failure.addSuppressed(t);
            }
        }
    }
}

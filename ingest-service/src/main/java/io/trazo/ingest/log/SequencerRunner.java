package io.trazo.ingest.log;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.trazo.append.log.Integration;
import io.trazo.append.log.LeaderLease;
import io.trazo.append.log.Lease;
import io.trazo.append.log.LogIntegrityException;
import io.trazo.append.log.Sequencer;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the sequencer on one thread, only while this instance holds the lease. Each round renews (or
 * tries to acquire) the lease, then integrates batch after batch until the log is caught up or the
 * lease is about to run out. A lost compare-and-set drops the lease at once. An integrity alarm stops
 * the runner for good: health turns DOWN and {@code trazo.log.alarms} counts it.
 */
final class SequencerRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SequencerRunner.class);

    private final Sequencer sequencer;
    private final LeaderLease leases;
    private final LogProperties properties;
    private final String instance;
    private final Clock clock;
    private final Counter leaves;
    private final Counter checkpoints;
    private final Counter alarms;
    private final Timer steps;
    private final AtomicLong treeSize = new AtomicLong();
    private final AtomicLong leader = new AtomicLong();
    private ScheduledExecutorService executor;
    private Lease lease;

    SequencerRunner(Sequencer sequencer, LeaderLease leases, LogProperties properties, String instance, Clock clock,
            MeterRegistry meters) {
        this.sequencer = sequencer;
        this.leases = leases;
        this.properties = properties;
        this.instance = instance;
        this.clock = clock;
        this.leaves = meters.counter("trazo.log.leaves.integrated");
        this.checkpoints = meters.counter("trazo.log.checkpoints.signed");
        this.alarms = meters.counter("trazo.log.alarms");
        this.steps = meters.timer("trazo.log.integration");
        meters.gauge("trazo.log.tree.size", treeSize);
        meters.gauge("trazo.log.leader", leader);
    }

    /** One round; public to tests so they need not wait for the schedule. */
    synchronized void round() {
        if (sequencer.alarm().isPresent()) {
            return;
        }
        lease = (lease == null ? leases.acquire(instance, properties.leaseTtl())
                : leases.renew(lease, properties.leaseTtl()).or(() -> leases.acquire(instance, properties.leaseTtl())))
                .orElse(null);
        leader.set(lease == null ? 0 : 1);
        while (lease != null && clock.instant().isBefore(lease.expiresAt().minus(properties.leaseTtl().dividedBy(2)))) {
            Integration result;
            try {
                result = steps.recordCallable(() -> sequencer.integrate(lease.token()));
            } catch (LogIntegrityException e) {
                alarms.increment();
                log.error("transparency log alarm, sequencer stopped: {}", e.getMessage(), e);
                leases.release(lease);
                lease = null;
                leader.set(0);
                return;
            } catch (Exception e) {
                log.warn("integration round failed, will retry: {}", e.getMessage());
                return;
            }
            if (result instanceof Integration.Committed committed) {
                leaves.increment(committed.leaves());
                checkpoints.increment(committed.leaves() > 0 ? 1 : 0);
                treeSize.set(committed.state().treeSize());
            } else if (result instanceof Integration.Superseded) {
                lease = null;
                leader.set(0);
                return;
            } else {
                return;
            }
        }
    }

    Optional<LogIntegrityException> alarm() {
        return sequencer.alarm();
    }

    boolean isLeader() {
        return leader.get() == 1;
    }

    long treeSize() {
        return treeSize.get();
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "log-sequencer"));
        long every = properties.interval().toMillis();
        executor.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        executor.shutdownNow();
        executor = null;
        if (lease != null) {
            leases.release(lease);
            lease = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}

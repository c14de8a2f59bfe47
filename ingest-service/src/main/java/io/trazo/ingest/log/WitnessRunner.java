package io.trazo.ingest.log;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.append.witness.WitnessSubmitter;
import io.trazo.ledger.log.CheckpointReader;
import io.trazo.ledger.log.SignedCheckpoint;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Submits the latest checkpoint to the witnesses on a thread of its own, only on the sequencer's
 * leader, so a slow or dead witness can never hold up sequencing (protocol §19.4). A checkpoint is
 * submitted once it is new, and again every round while some witness has not cosigned it.
 */
final class WitnessRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WitnessRunner.class);

    private final WitnessSubmitter submitter;
    private final CheckpointReader history;
    private final SequencerRunner sequencer;
    private final Duration every;
    private final Counter cosignatures;
    private final AtomicInteger lagging = new AtomicInteger();
    private ScheduledExecutorService executor;
    private long submitted = -1;

    WitnessRunner(WitnessSubmitter submitter, CheckpointReader history, SequencerRunner sequencer, Duration every,
            MeterRegistry meters) {
        this.submitter = submitter;
        this.history = history;
        this.sequencer = sequencer;
        this.every = every;
        this.cosignatures = meters.counter("trazo.log.cosignatures");
        meters.gauge("trazo.log.witnesses.lagging", lagging);
    }

    /** One round; package-private so tests need not wait for the schedule. */
    synchronized void round() {
        if (!sequencer.isLeader()) {
            return;
        }
        try {
            Optional<SignedCheckpoint> latest = history.latest();
            if (latest.isEmpty() || (latest.get().size() == submitted && lagging.get() == 0)) {
                return;
            }
            int cosigned = submitter.submit(latest.get());
            cosignatures.increment(cosigned);
            submitted = latest.get().size();
            lagging.set(submitter.witnesses().size() - cosigned);
            if (lagging.get() > 0) {
                log.warn("{} of {} witnesses did not cosign checkpoint {}: {}", lagging.get(), submitter.witnesses().size(),
                        submitted, submitter.statuses());
            }
        } catch (RuntimeException e) {
            log.warn("witness round failed, will retry: {}", e.getMessage());
        }
    }

    /** Each witness's status by name, for the health detail. */
    Map<String, WitnessSubmitter.Status> statuses() {
        return submitter.statuses();
    }

    int lagging() {
        return lagging.get();
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "log-witnesses"));
        executor.scheduleWithFixedDelay(this::round, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        executor.shutdownNow();
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}

package io.trazo.query.warmup;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.ledger.log.CheckpointReader;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.query.audit.AuditLedger;
import io.trazo.query.provenance.StatusMapSnapshots;
import io.trazo.query.provenance.VerifyAhead;
import io.trazo.query.provenance.VerifyAheadProperties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Starts the whole-ledger catch-ups when the service is ready, once the store answers: the audit fold (for
 * {@code /lots/{lot}/audit}, exports and mass balance) and the status map replay (for format-2 bundles),
 * each on a thread of its own, and then verify-ahead ({@link VerifyAhead}) on the audit fold's thread, which
 * it keeps to follow the ledger. Verify-ahead comes after the fold because requests wait for the fold but
 * only save CPU by verify-ahead, and the machine it was sized for has two cores. Traces, verifications and
 * lot pages never wait for any of them.
 */
@Component
@EnableConfigurationProperties(WarmUpProperties.class)
class WarmUpStarter implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WarmUpStarter.class);

    private final AuditLedger audit;
    private final StatusMapSnapshots statusMap;
    private final LedgerReader reader;
    private final CheckpointReader checkpoints;
    private final WarmUpProperties properties;
    private final VerifyAhead verifyAhead;
    private final VerifyAheadProperties ahead;
    private final ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "warm-up");
        t.setDaemon(true);
        return t;
    });

    WarmUpStarter(AuditLedger audit, StatusMapSnapshots statusMap, LedgerReader reader, CheckpointReader checkpoints,
            WarmUpProperties properties, VerifyAhead verifyAhead, VerifyAheadProperties ahead, MeterRegistry meters) {
        this.audit = audit;
        this.statusMap = statusMap;
        this.reader = reader;
        this.checkpoints = checkpoints;
        this.properties = properties;
        this.verifyAhead = verifyAhead;
        this.ahead = ahead;
        audit.boundRequestWait(properties.requestWait());
        statusMap.boundRequestWait(properties.requestWait());
        FunctionCounter.builder("trazo.query.catch-up.request-records", audit, AuditLedger::foldedOnRequests)
                .description("records the audit fold took while answering a request, not in the background").register(meters);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Runnable followLedger = () -> {
            if (ahead.enabled()) {
                run(verifyAhead.warmUpState(), verifyAhead::warmUp);
                verifyAhead.follow(ahead.poll());
            } else {
                log.info("verify-ahead disabled: never-seen pages check their own signatures");
            }
        };
        if (!properties.enabled()) {
            log.info("warm-up disabled: the first request that needs the audit fold or the status map builds it");
            threads.execute(followLedger);
            return;
        }
        threads.execute(() -> {
            run(audit.warmUpState(), audit::warmUp);
            followLedger.run();
        });
        threads.execute(() -> run(statusMap.warmUpState(),
                () -> statusMap.warmUp(checkpoints.latest().map(SignedCheckpoint::size).orElse(0L))));
    }

    private void run(WarmUp state, Runnable warmUp) {
        awaitStore(state.name());
        try {
            warmUp.run();
            log.info("{} warm-up {}: {} in {} ms", state.name(), state.state().name().toLowerCase(), state.progress(),
                    state.took() == null ? 0 : state.took().toMillis());
        } catch (RuntimeException e) {
            log.error("{} warm-up failed after {}; requests will build it themselves", state.name(), state.progress(), e);
        }
    }

    /** The driver blocks for its server-selection timeout and then throws; retried until the store answers or the service stops. */
    private void awaitStore(String name) {
        for (int attempt = 1; ; attempt++) {
            try {
                long last = reader.lastPosition();
                log.info("{} warm-up starting at ledger position {}", name, last);
                return;
            } catch (RuntimeException e) {
                log.warn("{} warm-up waits for the store (attempt {}): {}", name, attempt, e.getMessage());
                try {
                    Thread.sleep(Math.min(30_000L, 1_000L * attempt));
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("stopped while waiting for the store", stop);
                }
            }
        }
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}

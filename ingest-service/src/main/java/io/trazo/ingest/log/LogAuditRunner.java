package io.trazo.ingest.log;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.append.audit.AuditFinding;
import io.trazo.append.audit.AuditCursorStore;
import io.trazo.append.audit.AuditReport;
import io.trazo.append.audit.LogAudit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the store audit continuously, at {@code trazo.log.audit.records-per-second}: each step resumes
 * the current pass where the last one stopped; a pass that reaches the latest checkpoint clean is
 * followed by a new pass from leaf 0, so an edit anywhere is found within one pass. The first finding
 * is kept for good (health DOWN, {@code trazo.log.audit.findings} counts every one) until an operator
 * has restarted the instance. Every instance audits, leader or not: the audit only reads.
 */
final class LogAuditRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LogAuditRunner.class);

    private final Supplier<LogAudit> newPass;
    private final AuditCursorStore cursors;
    private boolean resumed;
    private final LogAuditProperties properties;
    private final Counter findings;
    private final Counter passes;
    private final AtomicLong leaves = new AtomicLong();
    private LogAudit pass;
    private long countedInPass;
    private volatile AuditReport last;
    private volatile List<AuditFinding> alarm = List.of();
    private ScheduledExecutorService executor;

    LogAuditRunner(Supplier<LogAudit> newPass, AuditCursorStore cursors, LogAuditProperties properties, MeterRegistry meters) {
        this.newPass = newPass;
        this.cursors = cursors;
        this.properties = properties;
        this.findings = meters.counter("trazo.log.audit.findings");
        this.passes = meters.counter("trazo.log.audit.passes");
        meters.gauge("trazo.log.audit.leaves", leaves);
    }

    /** One step; package-visible so tests need not wait for the schedule. */
    synchronized void step() {
        AuditReport report;
        try {
            if (pass == null) {
                pass = firstPassResumed();
                countedInPass = 0;
            }
            report = pass.advance(properties.perStep());
            if (report.complete() && report.clean()) {
                cursors.clear();
            } else if (report.clean()) {
                cursors.save(pass.cursor());
            }
        } catch (RuntimeException e) {
            log.warn("store audit step failed, will retry: {}", e.getMessage());
            return;
        }
        last = report;
        leaves.set(report.leavesAudited());
        for (AuditFinding f : report.findings().subList((int) Math.min(countedInPass, report.findings().size()),
                report.findings().size())) {
            log.error("store audit finding: {}", f);
            if (alarm.isEmpty()) {
                alarm = List.of(f);
            }
        }
        long fresh = report.findingCount() - countedInPass;
        if (fresh > 0) {
            findings.increment(fresh);
            countedInPass = report.findingCount();
        }
        if (report.complete() && report.clean()) {
            passes.increment();
            pass = null;
        }
    }

    /** A new pass; the first since start-up continues from the saved cursor, if there is one this pass can take. */
    private LogAudit firstPassResumed() {
        LogAudit fresh = newPass.get();
        if (resumed) {
            return fresh;
        }
        resumed = true;
        var cursor = cursors.load();
        if (cursor.isEmpty()) {
            return fresh;
        }
        try {
            log.info("store audit resumes its pass at leaf {} (position {})", cursor.get().leaves(), cursor.get().nextPosition());
            return fresh.resume(cursor.get());
        } catch (IllegalArgumentException e) {
            log.warn("store audit cursor not usable, starting at leaf 0: {}", e.getMessage());
            return newPass.get();
        }
    }

    /** The first finding since start-up, if any. */
    Optional<AuditFinding> alarm() {
        return alarm.stream().findFirst();
    }

    Optional<AuditReport> lastReport() {
        return Optional.ofNullable(last);
    }

    @Override
    public boolean isAutoStartup() {
        return properties.enabled();
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "log-audit"));
        long every = properties.interval().toMillis();
        executor.scheduleWithFixedDelay(this::step, every, every, TimeUnit.MILLISECONDS);
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

package io.trazo.ingest.consume;

import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.ingest.IngestProperties;
import io.trazo.ingest.consume.Receipt.Outcome;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.store.AppendOutcome;
import io.trazo.ledger.store.Appender;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Decides the outcome of one message: its memoised outcome if it has one, otherwise the append
 * protocol's, with deferrals sent round the retry topics until {@link IngestProperties.Retry#attempts}
 * and then abandoned as MISSING_DEPENDENCY. Final outcomes are memoised before they are published.
 */
public final class Ingestor {

    private static final Logger log = LoggerFactory.getLogger(Ingestor.class);

    private final Appender appender;
    private final OutcomeMemo memo;
    private final int attempts;
    private final MeterRegistry meters;

    public Ingestor(Appender appender, OutcomeMemo memo, IngestProperties properties, MeterRegistry meters) {
        this.appender = appender;
        this.memo = memo;
        this.attempts = properties.retry().attempts();
        this.meters = meters;
    }

    Decision ingest(byte[] wire, Source source, int attempt, String capture) {
        return ingest(wire, source, attempt, capture, stage("memo", () -> memo.find(source)));
    }

    /** The memoised outcomes of a batch's messages, read in one query; a message missing here may still be memoised by a racing instance, which {@link OutcomeMemo#remember} resolves. */
    java.util.Map<Source, Receipt> remembered(java.util.Collection<Source> sources) {
        return stage("memo", () -> memo.findAll(sources));
    }

    /** As {@link #ingest(byte[], Source, int, String)}, with the memo already consulted. */
    Decision ingest(byte[] wire, Source source, int attempt, String capture, Optional<Receipt> remembered) {
        if (remembered.isPresent()) {
            return Decision.of(remembered.get());
        }
        AppendOutcome outcome = wire == null || wire.length == 0
                ? new AppendOutcome.Rejected(Optional.empty(), ReasonCode.MALFORMED_JSON, "", "the message has no value")
                : stage("append", () -> appender.append(wire));
        outcome.hash().ifPresent(h -> MDC.put("record", h.hex()));
        if (outcome instanceof AppendOutcome.Deferred deferred) {
            if (attempt < attempts) {
                count(Outcome.DEFERRED, deferred.code());
                log.info("deferred ({}): {}; retry round {}", deferred.code(), deferred.message(), attempt);
                Receipt receipt = receipt(deferred.hash(), Outcome.DEFERRED, null, deferred.code(), "", deferred.message(), source, attempt, capture);
                return new Decision(receipt, Decision.Route.RETRY, attempt);
            }
            outcome = appender.abandon(wire, ReasonCode.MISSING_DEPENDENCY, "still " + deferred.code() + " after " + attempts
                    + " retry rounds: " + deferred.message());
        }
        Receipt receipt = finalReceipt(outcome, source, attempt, capture);
        Receipt stored = stage("memo", () -> memo.remember(source, receipt));
        count(stored.outcome(), stored.reason() == null ? null : ReasonCode.valueOf(stored.reason()));
        if (stored.outcome() == Outcome.REJECTED) {
            log.info("rejected {}: {} at '{}'", stored.reason(), stored.message(), stored.path());
        }
        return Decision.of(stored);
    }

    private static Receipt finalReceipt(AppendOutcome outcome, Source source, int attempt, String capture) {
        if (outcome instanceof AppendOutcome.Accepted a) {
            return receipt(a.hash(), Outcome.ACCEPTED, a.position(), null, null, null, source, attempt, capture);
        }
        if (outcome instanceof AppendOutcome.Duplicate d) {
            return receipt(d.hash(), Outcome.DUPLICATE, d.position(), null, null, null, source, attempt, capture);
        }
        AppendOutcome.Rejected r = (AppendOutcome.Rejected) outcome;
        return receipt(r.hash(), Outcome.REJECTED, null, r.code(), r.path(), r.message(), source, attempt, capture);
    }

    /** Wall time per stage, {@code trazo.ingest.stage{stage}}; append includes the store calls, timed apart as trazo.ingest.store. */
    private <T> T stage(String name, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            meters.timer("trazo.ingest.stage", "stage", name).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private void count(Outcome outcome, ReasonCode reason) {
        meters.counter("trazo.ingest.records", "outcome", outcome.name(), "reason", reason == null ? "none" : reason.name()).increment();
    }

    private static Receipt receipt(Optional<Digest> hash, Outcome outcome, Long position, ReasonCode code, String path, String message,
            Source source, int attempt, String capture) {
        return new Receipt(hash.map(Digest::hex).orElse(null), outcome, position, code == null ? null : code.name(), path, message,
                source.toString(), attempt, capture);
    }
}

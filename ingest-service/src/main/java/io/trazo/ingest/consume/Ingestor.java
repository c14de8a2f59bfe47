package io.trazo.ingest.consume;

import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.ingest.IngestProperties;
import io.trazo.ingest.consume.Receipt.Outcome;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Decides the outcome of each message: its memoised outcome if it has one, otherwise the append
 * protocol's, with deferrals sent round the retry topics until {@link IngestProperties.Retry#attempts}
 * and then abandoned as MISSING_DEPENDENCY. Final outcomes are memoised before they are published.
 * A listener batch is decided together, so its store round trips are shared.
 */
public final class Ingestor {

    private static final Logger log = LoggerFactory.getLogger(Ingestor.class);

    private final Appender appender;
    private final OutcomeMemo memo;
    private final AcceptanceClaims acceptances;
    private final int attempts;
    private final MeterRegistry meters;

    public Ingestor(Appender appender, OutcomeMemo memo, IngestProperties properties, MeterRegistry meters) {
        this.appender = appender;
        this.memo = memo;
        this.acceptances = new AcceptanceClaims(memo);
        this.attempts = properties.retry().attempts();
        this.meters = meters;
    }

    /** One message on the records or retry topic, with its memoised outcome if the batch's prefetch found one. */
    record Message(byte[] wire, Source source, int attempt, String capture, Optional<Receipt> remembered) {}

    /** The memoised outcomes of a batch's messages, read in one query; a message missing here may still be memoised by a racing instance, which {@link OutcomeMemo#rememberAll} resolves. */
    Map<Source, Receipt> remembered(Collection<Source> sources) {
        return stage("memo", () -> memo.findAll(sources));
    }

    /**
     * Decides a batch of messages, in order: memoised ones get their receipt again; the rest go through
     * {@link Appender#appendAll} together, and their final outcomes are memoised in one write.
     */
    List<Decision> ingestAll(List<Message> messages) {
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            if (m.remembered().isEmpty() && m.wire() != null && m.wire().length > 0) {
                fresh.add(i);
            }
        }
        List<AppendOutcome> appended = fresh.isEmpty() ? List.of()
                : stage("append", () -> appender.appendAll(fresh.stream().map(i -> messages.get(i).wire()).toList()));
        Decision[] decisions = new Decision[messages.size()];
        AppendOutcome[] outcomes = new AppendOutcome[messages.size()];
        java.util.BitSet appendedHere = new java.util.BitSet(messages.size());
        fresh.forEach(appendedHere::set);
        for (int i = 0, next = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            if (m.remembered().isPresent()) {
                decisions[i] = Decision.of(m.remembered().get());
                continue;
            }
            AppendOutcome outcome = appendedHere.get(i) ? appended.get(next++)
                    : new AppendOutcome.Rejected(Optional.empty(), ReasonCode.MALFORMED_JSON, "", "the message has no value");
            if (outcome instanceof AppendOutcome.Deferred deferred) {
                if (m.attempt() < attempts) {
                    decisions[i] = retry(m, deferred);
                    continue;
                }
                outcome = appender.abandon(m.wire(), ReasonCode.MISSING_DEPENDENCY, "still " + deferred.code() + " after " + attempts
                        + " retry rounds: " + deferred.message());
            }
            if (outcome instanceof AppendOutcome.Rejected r && r.code() == ReasonCode.FORK && m.attempt() > 0) {
                outcome = forkAfterDeferral(r, m.attempt());
            }
            outcomes[i] = outcome;
        }
        stage("memo", () -> { acceptances.settle(messages.stream().map(Message::source).toList(), outcomes); return null; });
        Map<Source, Receipt> finals = new LinkedHashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            if (outcomes[i] != null) {
                Message m = messages.get(i);
                finals.put(m.source(), finalReceipt(outcomes[i], m.source(), m.attempt(), m.capture()));
            }
        }
        List<Receipt> deferred = java.util.Arrays.stream(decisions).filter(d -> d != null && d.route() == Decision.Route.RETRY)
                .map(Decision::receipt).toList();
        if (!deferred.isEmpty()) {
            stage("memo", () -> { memo.noteDeferrals(deferred); return null; });
        }
        Map<Source, Receipt> stored = finals.isEmpty() ? Map.of() : stage("memo", () -> memo.rememberAll(finals));
        for (int i = 0; i < messages.size(); i++) {
            Receipt receipt = decisions[i] == null ? stored.get(messages.get(i).source()) : null;
            if (receipt != null) {
                count(receipt.outcome(), receipt.reason() == null ? null : ReasonCode.valueOf(receipt.reason()));
                if (receipt.outcome() == Outcome.REJECTED) {
                    withRecord(receipt.record(), () -> log.info("rejected {}: {} at '{}'", receipt.reason(), receipt.message(), receipt.path()));
                }
                decisions[i] = Decision.of(receipt);
            }
        }
        return List.of(decisions);
    }

    /**
     * The final outcome of a message given up because processing it kept failing (docs/protocol.md §15):
     * a record stored PENDING is abandoned, one already ACCEPTED is a DUPLICATE at its position (ACCEPTED if
     * this message holds its acceptance claim), and
     * anything else is UNPROCESSABLE. Memoised like every final outcome, so a replay repeats it.
     */
    Decision givenUp(Message m, Throwable failure) {
        String why = "ingest gave up on the message, its processing kept failing: " + failure;
        why = why.length() > 500 ? why.substring(0, 500) : why;
        AppendOutcome outcome = new AppendOutcome.Rejected(Optional.empty(), ReasonCode.UNPROCESSABLE, "", why);
        if (m.wire() != null && m.wire().length > 0) {
            try {
                outcome = appender.abandon(m.wire(), ReasonCode.UNPROCESSABLE, why);
            } catch (RuntimeException e) {
                if (Blame.of(e) == Blame.INFRASTRUCTURE) {
                    throw e;
                }
            }
        }
        AppendOutcome[] settled = {outcome};
        acceptances.settle(List.of(m.source()), settled);
        Receipt receipt = memo.rememberAll(Map.of(m.source(), finalReceipt(settled[0], m.source(), m.attempt(), m.capture()))).get(m.source());
        count(receipt.outcome(), receipt.reason() == null ? null : ReasonCode.valueOf(receipt.reason()));
        log.warn("gave up on the message at {}: {}", m.source(), why);
        return Decision.of(receipt);
    }

    /**
     * docs/protocol.md §15, "A deferred record reserves nothing": a competitor took the lot head while this
     * record waited. The receipt says so, and the fork is counted and logged for the signer to be asked.
     */
    private AppendOutcome forkAfterDeferral(AppendOutcome.Rejected fork, int round) {
        meters.counter("trazo.ingest.forks.after.deferral").increment();
        String message = fork.message() + "; this record was deferred (retry round " + round + ") and held no place while it"
                + " waited: the first record appended at a lot's head wins (docs/protocol.md §15)";
        withRecord(fork.hash().map(Digest::hex).orElse(null), () -> log.warn("fork after deferral: {}", message));
        return new AppendOutcome.Rejected(fork.hash(), fork.code(), fork.path(), message);
    }

    private Decision retry(Message m, AppendOutcome.Deferred deferred) {
        count(Outcome.DEFERRED, deferred.code());
        withRecord(deferred.hash().map(Digest::hex).orElse(null),
                () -> log.info("deferred ({}): {}; retry round {}", deferred.code(), deferred.message(), m.attempt()));
        Receipt receipt = receipt(deferred.hash(), Outcome.DEFERRED, null, deferred.code(), "", deferred.message(), m.source(), m.attempt(),
                m.capture());
        return new Decision(receipt, Decision.Route.RETRY, m.attempt());
    }

    private static void withRecord(String hash, Runnable logging) {
        if (hash == null) {
            logging.run();
            return;
        }
        MDC.put("record", hash);
        try {
            logging.run();
        } finally {
            MDC.remove("record");
        }
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

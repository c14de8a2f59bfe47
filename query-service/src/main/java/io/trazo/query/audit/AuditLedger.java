package io.trazo.query.audit;

import io.trazo.audit.AuditFold;
import io.trazo.audit.AuditRecord;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.query.store.LedgerFollower;
import io.trazo.query.warmup.WarmUp;
import io.trazo.query.warmup.WarmingUpException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The audit's state for query-service: one {@link AuditFold} in memory, built from the ledger in
 * position order and brought up to date before each answer (docs/audit.md, "State strategy"). Query
 * stays read-only: the fold reads accepted records through {@link LedgerReader} and writes nothing.
 *
 * <p>The first fold reads the whole ledger, so the service runs it at start in the background
 * ({@link #warmUp}); while it runs, {@link #read} waits a bounded time and then answers
 * {@link io.trazo.query.warmup.WarmingUpException}, and {@link #readIfWarm} answers nothing at once.
 * Every later catch-up folds only the positions added since, so a request pays for new records only.
 *
 * <p>A position that is not accepted when read (still pending, or sealed) is a hole, retried on later
 * catch-ups while it is within {@value LedgerFollower#HOLE_WINDOW} positions of the newest. A record accepted after
 * records at higher positions is folded late. That is sound for links, since a record is accepted only
 * on accepted heads, so nothing linked to it can have been folded before it; a claim whose certificate
 * is folded late is judged {@code CERTIFICATE_UNKNOWN}, as an offline audit in log order would judge it.
 */
@Component
public class AuditLedger {

    private final LedgerReader reader;
    private final AuditFold fold = AuditFold.withDefaults();
    private final OperatorIndex operators = new OperatorIndex();
    private final LedgerFollower follower;
    private final WarmUp warmUp = new WarmUp("audit fold");
    private final AtomicLong foldedOnRequests = new AtomicLong();
    private volatile long lastDelegation;
    private volatile boolean hasHoles;
    private volatile Duration requestWait = Duration.ZERO;

    public AuditLedger(LedgerReader reader) {
        this.reader = reader;
        this.follower = new LedgerFollower(reader);
    }

    /**
     * Answers from the fold once it has taken every record accepted so far; one reader or catch-up at a time.
     *
     * @throws io.trazo.query.warmup.WarmingUpException if the start-up fold is still running after {@code wait}
     */
    public <T> T read(Function<AuditFold, T> question, Duration wait) {
        warmUp.awaitWarm(wait);
        synchronized (this) {
            foldedOnRequests.addAndGet(catchUp(p -> {}));
            return question.apply(fold);
        }
    }

    /** As {@link #read(Function, Duration)} with the service's bound, also given the index of each actor's records (operator-period bundles). */
    public <T> T read(BiFunction<AuditFold, OperatorIndex, T> question) {
        return read(fold -> question.apply(fold, operators), requestWait);
    }

    /** {@link #read(Function, Duration)} with the service's bound ({@link #boundRequestWait}). */
    public <T> T read(Function<AuditFold, T> question) {
        return read(question, requestWait);
    }

    /** How long a request waits for the start-up fold before it is answered 503 (docs/operations.md, "Warm-up at start"). */
    public void boundRequestWait(Duration wait) {
        this.requestWait = wait;
    }

    /**
     * The answer, caught up, if the fold is warm; empty at once while the start-up fold runs, for answers
     * that can do without the audit meanwhile (a lot's summary, its head's evidence version).
     */
    public <T> Optional<T> readIfWarm(Function<AuditFold, T> question) {
        if (warmUp.state() == WarmUp.State.WARMING) {
            return Optional.empty();
        }
        if (!hasHoles && follower.next() > reader.lastPosition() && warmUp.state() == WarmUp.State.READY) {
            synchronized (this) {  // nothing new: answer without a second read, but never beside a running catch-up
                return Optional.of(question.apply(fold));
            }
        }
        try {
            return Optional.of(read(question, Duration.ZERO));
        } catch (WarmingUpException e) {
            // the start-up fold began between the looks above: the same answer as if it had begun before them
            return Optional.empty();
        }
    }

    /** Folds the whole ledger as it stands, reporting progress, unless a request already started the fold. */
    public void warmUp() {
        long target = reader.lastPosition();
        if (!warmUp.begin(target)) {
            return;
        }
        try {
            while (follower.next() <= target) {
                synchronized (this) {  // one page at a time, so the lock is never held for the whole ledger
                    follower.readTo(Math.min(target, follower.next() + LedgerReader.MAX_RANGE - 1), this::fold, warmUp::progress);
                    hasHoles = follower.hasHoles();
                }
            }
            warmUp.ready();
        } catch (RuntimeException e) {
            warmUp.failed(e);
            throw e;
        }
    }

    public WarmUp warmUpState() {
        return warmUp;
    }

    /** Records folded while answering a request rather than in the background: after warm-up, only the new ones. */
    public long foldedOnRequests() {
        return foldedOnRequests.get();
    }

    /**
     * The position of the newest delegation folded: a lot namespace's grant changes which v2 records
     * verify, and delegations are rare (one per namespace, at onboarding), so a page may key on this one
     * number for all of them rather than on the delegations its own evidence uses.
     */
    public long lastDelegation() {
        return lastDelegation;
    }

    private long catchUp(LongConsumer progress) {
        long folded = follower.retryHoles(this::fold) + follower.readTo(reader.lastPosition(), this::fold, progress);
        hasHoles = follower.hasHoles();
        return folded;
    }

    private void fold(long position, StoredRecord r) {
        SignedRecord record = r.parse();
        if (record.type() == RecordType.DELEGATION) {
            lastDelegation = Math.max(lastDelegation, position);
        }
        fold.accept(AuditRecord.of(record));
        operators.add(record);
    }
}

package io.trazo.query.audit;

import io.trazo.audit.AuditFold;
import io.trazo.audit.AuditRecord;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.StoredRecord;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The audit's state for query-service: one {@link AuditFold} in memory, built from the ledger in
 * position order and brought up to date before each answer (docs/audit.md, "State strategy"). Query
 * stays read-only: the fold reads accepted records through {@link LedgerReader} and writes nothing.
 *
 * <p>A position that is not accepted when read (still pending, or sealed) is a hole, retried on later
 * catch-ups while it is within {@value #HOLE_WINDOW} positions of the newest. A record accepted after
 * records at higher positions is folded late. That is sound for links, since a record is accepted only
 * on accepted heads, so nothing linked to it can have been folded before it; a claim whose certificate
 * is folded late is judged {@code CERTIFICATE_UNKNOWN}, as an offline audit in log order would judge it.
 */
@Component
public class AuditLedger {

    static final long HOLE_WINDOW = 10_000;

    private final LedgerReader reader;
    private final AuditFold fold = AuditFold.withDefaults();
    private final OperatorIndex operators = new OperatorIndex();
    private final TreeSet<Long> holes = new TreeSet<>();
    private long next = 1;

    public AuditLedger(LedgerReader reader) {
        this.reader = reader;
    }

    /** Answers from the fold once it has taken every record accepted so far; one reader or catch-up at a time. */
    public synchronized <T> T read(Function<AuditFold, T> question) {
        catchUp();
        return question.apply(fold);
    }

    /** As {@link #read(Function)}, also given the index of each actor's records (operator-period bundles). */
    public synchronized <T> T read(BiFunction<AuditFold, OperatorIndex, T> question) {
        catchUp();
        return question.apply(fold, operators);
    }

    private void catchUp() {
        for (Iterator<Long> it = holes.iterator(); it.hasNext(); ) {
            long p = it.next();
            if (p < next - HOLE_WINDOW) {
                it.remove();
                continue;
            }
            reader.acceptedAt(p).flatMap(reader::record).ifPresent(r -> {
                fold(r);
                it.remove();
            });
        }
        long last = reader.lastPosition();
        while (next <= last) {
            int count = (int) Math.min(LedgerReader.MAX_RANGE, last - next + 1);
            Map<Long, StoredRecord> found = reader.acceptedRange(next, count);
            for (long p = next; p < next + count; p++) {
                StoredRecord r = found.get(p);
                if (r == null) {
                    holes.add(p);
                } else {
                    fold(r);
                }
            }
            next += count;
        }
    }

    private void fold(StoredRecord r) {
        SignedRecord record = RecordCodec.parse(r.wire());
        fold.accept(AuditRecord.of(record));
        operators.add(record);
    }
}

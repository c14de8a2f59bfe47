package io.trazo.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * EPCIS event queries over {@code records}: every {@link EventSelection} condition becomes an equality,
 * {@code $in} or anchored-prefix {@code $regex} on an {@link EventField}, so MongoDB answers them from
 * the indexes {@link MongoLedgerStore#ensureIndexes()} creates ({@code {q.anyEPC, time}},
 * {@code {q.anyEPCClass, time}}, {@code {bizStep, time}}, {@code {q.eventType, time}} and the others in
 * docs/operations.md §EPCIS queries). A condition on one role of an identifier (say {@code q.epc}) also
 * names the identifier's any-role field, which it implies, so the any-role index serves it.
 */
public final class EventQueries {

    static final String RECORD_TIME = "recordTime";
    private final MongoCollection<Document> records;

    public EventQueries(MongoDatabase db) {
        this.records = db.getCollection(LedgerCollections.RECORDS);
    }

    /**
     * Accepted event records matching the selection and then {@code keep} (conditions the store does not
     * hold), in the selection's order, reading at most {@code scanLimit} documents. A page cut short by
     * the scan limit still carries a cursor, so the client resumes where the scan stopped.
     */
    public EventHit.Page events(EventSelection selection, Optional<TimeCursor> after, int limit, Predicate<StoredRecord> keep,
            int scanLimit) {
        String timeField = selection.order().by() == EventSelection.Order.By.RECORD_TIME ? RECORD_TIME : "time";
        boolean desc = selection.order().descending();
        List<Bson> all = new ArrayList<>(List.of(Filters.eq("type", "event"), Filters.eq(RecordDocuments.STATE, RecordState.ACCEPTED.name())));
        range(all, "time", selection.eventTime());
        range(all, RECORD_TIME, selection.recordTime());
        for (EventSelection.Condition c : selection.conditions()) {
            all.add(condition(c.field(), c));
            implied(c.field()).ifPresent(any -> all.add(condition(any, c)));
        }
        after.ifPresent(c -> all.add(Filters.or(desc ? Filters.lt(timeField, Date.from(c.time())) : Filters.gt(timeField, Date.from(c.time())),
                Filters.and(Filters.eq(timeField, Date.from(c.time())), desc ? Filters.lt("_id", c.hash()) : Filters.gt("_id", c.hash())))));
        Bson sort = desc ? Sorts.descending(timeField, "_id") : Sorts.ascending(timeField, "_id");
        List<EventHit> page = new ArrayList<>();
        int scanned = 0;
        Document last = null;
        for (Document d : records.find(Filters.and(all)).sort(sort).limit(scanLimit)) {
            scanned++;
            last = d;
            StoredRecord r = RecordDocuments.fromDocument(d);
            if (keep.test(r)) {
                if (page.size() == limit) {
                    return new EventHit.Page(page, Optional.of(cursor(page.get(limit - 1), timeField)));
                }
                page.add(new EventHit(r, recordTime(d)));
            }
        }
        boolean cutShort = scanned == scanLimit && last != null;
        Optional<TimeCursor> next = Optional.empty();
        if (cutShort && last.getDate(timeField) != null) {
            next = Optional.of(new TimeCursor(last.getDate(timeField).toInstant(), last.getString("_id")));
        }
        return new EventHit.Page(page, next);
    }

    /**
     * The distinct values of a field over accepted events, in order, after {@code after}: served by the
     * field's index. EPCIS's top-level collections ({@code /bizSteps}, {@code /epcs}…) list these.
     */
    public List<String> distinct(EventField field, String after, int limit) {
        Bson filter = Filters.and(Filters.eq("type", "event"), Filters.eq(RecordDocuments.STATE, RecordState.ACCEPTED.name()),
                Filters.gt(field.path(), after));
        TreeSet<String> values = new TreeSet<>();
        for (String v : records.distinct(field.path(), filter, String.class)) {
            if (v.compareTo(after) > 0) {
                values.add(v);
            }
        }
        return values.stream().limit(limit).toList();
    }

    private static TimeCursor cursor(EventHit hit, String timeField) {
        Instant t = timeField.equals(RECORD_TIME) ? hit.recordTime().orElse(Instant.EPOCH) : hit.record().time();
        return new TimeCursor(t, hit.record().hash().hex());
    }

    private static Optional<Instant> recordTime(Document d) {
        return Optional.ofNullable(d.getDate(RECORD_TIME)).map(Date::toInstant);
    }

    private static void range(List<Bson> all, String field, EventSelection.Range r) {
        r.from().ifPresent(t -> all.add(Filters.gte(field, Date.from(t))));
        r.to().ifPresent(t -> all.add(Filters.lt(field, Date.from(t))));
    }

    private static Bson condition(EventField field, EventSelection.Condition c) {
        List<Bson> any = new ArrayList<>();
        if (!c.exact().isEmpty()) {
            any.add(c.exact().size() == 1 ? Filters.eq(field.path(), c.exact().iterator().next()) : Filters.in(field.path(), c.exact()));
        }
        for (String prefix : c.prefixes()) {
            any.add(Filters.regex(field.path(), "^" + escape(prefix)));
        }
        if (any.isEmpty()) {
            return Filters.in(field.path(), List.of());
        }
        return any.size() == 1 ? any.get(0) : Filters.or(any);
    }

    private static Optional<EventField> implied(EventField f) {
        return switch (f) {
            case EPC, PARENT_ID, INPUT_EPC, OUTPUT_EPC -> Optional.of(EventField.ANY_EPC);
            case EPC_CLASS, INPUT_EPC_CLASS, OUTPUT_EPC_CLASS -> Optional.of(EventField.ANY_EPC_CLASS);
            default -> Optional.empty();
        };
    }

    private static final Pattern META = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

    /** Escapes each metacharacter on its own (not {@code \Q…\E}), so MongoDB still sees a plain prefix and bounds the index scan. */
    static String escape(String literal) {
        return META.matcher(literal).replaceAll("\\\\$0");
    }
}

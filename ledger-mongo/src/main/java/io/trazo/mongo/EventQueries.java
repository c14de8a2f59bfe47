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
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * EPCIS event queries over {@code records}: every {@link EventSelection} condition becomes an equality,
 * {@code $in} or anchored-prefix {@code $regex} on the {@link EventAttributes} entries (or, for
 * {@code bizStep}, its own field), so MongoDB answers them from the indexes
 * {@link MongoLedgerStore#ensureIndexes()} creates: {@code {epcis: 1, time: 1}} for every attribute,
 * {@code {bizStep: 1, time: 1}}, {@code {recordTime: 1, _id: 1}} and {@code {type: 1, time: 1, _id: 1}}
 * (docs/operations.md §EPCIS queries). A condition on an any-role field ({@code MATCH_anyEPC}) names each
 * role's entries, which one index serves as several point intervals.
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
            all.add(condition(c));
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
     * The distinct values of a field over accepted events, in order, after {@code after}: the range of the
     * field's entries in the {@code {epcis, time}} index (or {@code bizStep}'s own). EPCIS's top-level
     * collections ({@code /bizSteps}, {@code /epcs}…) list these. {@code distinct} on an array field returns
     * every entry of the documents matched, so entries of other names are dropped here.
     */
    public List<String> distinct(EventField field, String after, int limit) {
        Bson accepted = Filters.and(Filters.eq("type", "event"), Filters.eq(RecordDocuments.STATE, RecordState.ACCEPTED.name()));
        TreeSet<String> values = new TreeSet<>();
        if (field == EventField.BIZ_STEP) {
            for (String v : records.distinct(EventField.BIZ_STEP_FIELD, Filters.and(accepted, Filters.gt(EventField.BIZ_STEP_FIELD, after)),
                    String.class)) {
                if (v.compareTo(after) > 0) {
                    values.add(v);
                }
            }
            return values.stream().limit(limit).toList();
        }
        for (String name : field.names()) {
            String prefix = EventAttributes.entry(name, "");
            // the name's entries run from "name=" up to, not including, "name>" ('>' follows '=')
            Bson range = Filters.and(Filters.gt(EventAttributes.FIELD, prefix + after),
                    Filters.lt(EventAttributes.FIELD, name + (char) (EventAttributes.SEPARATOR + 1)));
            for (String entry : records.distinct(EventAttributes.FIELD, Filters.and(accepted, range), String.class)) {
                if (entry.startsWith(prefix) && entry.substring(prefix.length()).compareTo(after) > 0) {
                    values.add(entry.substring(prefix.length()));
                }
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

    private static Bson condition(EventSelection.Condition c) {
        if (c.field() == EventField.BIZ_STEP) {
            return match(EventField.BIZ_STEP_FIELD, c.exact(), c.prefixes());
        }
        Set<String> exact = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (String name : c.field().names()) {
            c.exact().forEach(v -> exact.add(EventAttributes.entry(name, v)));
            c.prefixes().forEach(p -> prefixes.add(EventAttributes.entry(name, p)));
        }
        return match(EventAttributes.FIELD, exact, prefixes);
    }

    private static Bson match(String path, Set<String> exact, Set<String> prefixes) {
        List<Bson> any = new ArrayList<>();
        if (!exact.isEmpty()) {
            any.add(exact.size() == 1 ? Filters.eq(path, exact.iterator().next()) : Filters.in(path, exact));
        }
        for (String prefix : prefixes) {
            any.add(Filters.regex(path, "^" + escape(prefix)));
        }
        if (any.isEmpty()) {
            return Filters.in(path, List.of());
        }
        return any.size() == 1 ? any.get(0) : Filters.or(any);
    }

    private static final Pattern META = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

    /** Escapes each metacharacter on its own (not {@code \Q…\E}), so MongoDB still sees a plain prefix and bounds the index scan. */
    static String escape(String literal) {
        return META.matcher(literal).replaceAll("\\\\$0");
    }
}

package io.trazo.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import io.trazo.ledger.store.LedgerReader.RegistryKind;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The look-ups that are not by exact key: they need the secondary indexes ingest creates on
 * {@code records} ({@code {actor, time}}, {@code {bizStep, time}}, {@code {type, time, _id}}, {@code {epcis, time}}). Each query
 * is an index range scan in (field, time) order. None of these serves a hot path (docs/operations.md
 * §Query access patterns).
 */
public final class LedgerQueries {

    private static final String ACCEPTED = RecordState.ACCEPTED.name();
    private final MongoCollection<Document> records;
    private final MongoCollection<Document> registry;

    public LedgerQueries(MongoDatabase db) {
        this.records = db.getCollection(LedgerCollections.RECORDS);
        this.registry = db.getCollection(LedgerCollections.REGISTRY);
    }

    /**
     * The accepted record whose CBV 2.0 event hash ID is {@code eventId}: its {@code eventID} entry selects it on the
     * {@code {epcis, time}} index; the top-level {@code eventId} leaves out an event that only embeds that id.
     */
    public Optional<Digest> byEventId(String eventId) {
        Document d = records.find(Filters.and(Filters.eq(EventAttributes.FIELD, EventAttributes.entry(EventField.EVENT_ID.names().get(0), eventId)),
                Filters.eq("eventId", eventId), Filters.eq("state", ACCEPTED))).first();
        return Optional.ofNullable(d).map(x -> Digest.fromHex(x.getString("_id")));
    }

    public RecordPage byActor(String actor, Instant from, Instant to, Optional<TimeCursor> after, int limit) {
        return page(Filters.eq("actor", actor), from, to, after, limit, r -> true, limit + 1);
    }

    /**
     * Accepted {@code audit_report} records whose subject names {@code subject} (an actor, a lot or a
     * certificate's record hash), oldest first: served by the {@code {subjects, time}} index.
     */
    public RecordPage auditReportsAbout(String subject, Instant from, Instant to, Optional<TimeCursor> after, int limit) {
        return page(Filters.and(Filters.eq(RecordDocuments.SUBJECTS, subject), Filters.eq("type", "audit_report")), from, to, after,
                limit, r -> true, limit + 1);
    }

    public RecordPage byBizStep(String bizStepUri, Instant from, Instant to, Optional<TimeCursor> after, int limit) {
        return page(Filters.eq(EventField.BIZ_STEP_FIELD, bizStepUri), from, to, after, limit, r -> true, limit + 1);
    }

    /** Accepted records of one type (its wire name, e.g. {@code certificate}), in (time, hash) order: the {@code {type, time, _id}} index. */
    public RecordPage byType(RecordType type, Instant from, Instant to, Optional<TimeCursor> after, int limit) {
        return page(Filters.eq("type", type.wire()), from, to, after, limit, r -> true, limit + 1);
    }

    /**
     * Registry names of one kind in name order, after {@code afterName}, each with the record that bound
     * it: an {@code _id} range scan.
     */
    public Map<String, Digest> registryRange(RegistryKind kind, String afterName, int limit) {
        String prefix = kind.name() + ":";
        Bson range = Filters.and(Filters.gt("_id", prefix + afterName), Filters.lt("_id", kind.name() + ";"));
        Map<String, Digest> names = new LinkedHashMap<>();
        for (Document d : registry.find(range).sort(Sorts.ascending("_id")).limit(limit)) {
            names.put(d.getString("_id").substring(prefix.length()), Digest.fromHex(d.getString("record")));
        }
        return names;
    }

    /** Accepted plot records signed by an actor, oldest first: served by the {@code {actor, time}} index. */
    public List<StoredRecord> plotsBy(String actor) {
        List<StoredRecord> out = new ArrayList<>();
        for (Document d : records.find(Filters.and(Filters.eq("actor", actor), Filters.eq("type", "plot"), Filters.eq("state", ACCEPTED)))
                .sort(Sorts.ascending("time", "_id"))) {
            out.add(RecordDocuments.fromDocument(d));
        }
        return out;
    }

    /**
     * Accepted {@code certificate_status} records signed by a certifier, oldest first: the {@code {actor, time}}
     * index. Their certificate is in the body, which no index holds, so the caller filters.
     */
    public List<StoredRecord> certificateStatusesBy(String certifier) {
        List<StoredRecord> out = new ArrayList<>();
        for (Document d : records.find(Filters.and(Filters.eq("actor", certifier), Filters.eq("type", RecordType.CERTIFICATE_STATUS.wire()),
                Filters.eq("state", ACCEPTED))).sort(Sorts.ascending("time", "_id"))) {
            out.add(RecordDocuments.fromDocument(d));
        }
        return out;
    }

    private RecordPage page(Bson key, Instant from, Instant to, Optional<TimeCursor> after, int limit, Predicate<StoredRecord> keep,
            int scanLimit) {
        List<Bson> all = new ArrayList<>(List.of(key, Filters.eq("state", ACCEPTED),
                Filters.gte("time", Date.from(from)), Filters.lt("time", Date.from(to))));
        after.ifPresent(c -> all.add(Filters.or(Filters.gt("time", Date.from(c.time())),
                Filters.and(Filters.eq("time", Date.from(c.time())), Filters.gt("_id", c.hash())))));
        List<StoredRecord> page = new ArrayList<>();
        int scanned = 0;
        StoredRecord last = null;
        for (Document d : records.find(Filters.and(all)).sort(Sorts.ascending("time", "_id")).limit(scanLimit)) {
            scanned++;
            Optional<StoredRecord> r = Optional.of(RecordDocuments.fromDocument(d));
            last = r.get();
            if (keep.test(r.get())) {
                if (page.size() == limit) {
                    StoredRecord end = page.get(limit - 1);
                    return new RecordPage(page, Optional.of(new TimeCursor(end.time(), end.hash().hex())));
                }
                page.add(r.get());
            }
        }
        boolean cutShort = scanned == scanLimit && last != null && page.size() < limit + 1 && scanLimit > limit + 1;
        return new RecordPage(page, cutShort ? Optional.of(new TimeCursor(last.time(), last.hash().hex())) : Optional.empty());
    }
}

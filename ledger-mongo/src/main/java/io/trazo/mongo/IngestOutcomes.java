package io.trazo.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * Ingest's receipts as stored: the final outcome of each message on the records topic in
 * {@code ingest_outcomes} (insert-only, keyed by the message's {@code topic/partition/offset}, first
 * writer wins), and notes of deferrals in {@code ingest_deferrals} (insert-only, one per message and
 * retry round, dropped by MongoDB after a week). A receipt is kept as the JSON the caller wrote, with
 * its record hash and capture id beside it for the two look-ups that are not by {@code _id}.
 *
 * <p>{@code ingest_acceptances} holds, per record hash, the one message that is told ACCEPTED (insert-only,
 * first writer wins). The store's own append result cannot say it: a message redelivered after a crash
 * between its store write and its receipt finds its record stored, which the append protocol reports as
 * a duplicate.
 */
public final class IngestOutcomes {

    /** One receipt to store; {@code record} and {@code capture} may be null (unreadable bytes, Kafka arrivals). */
    public record Entry(String id, String receiptJson, String record, String capture) {}

    private final MongoCollection<Document> outcomes;
    private final MongoCollection<Document> deferrals;
    private final MongoCollection<Document> acceptances;

    /** Creates the indexes of the look-ups that are not by {@code _id}; idempotent, as every instance does it at start-up. */
    public IngestOutcomes(MongoDatabase database) {
        MongoDatabase majority = database.withWriteConcern(WriteConcern.MAJORITY);
        this.outcomes = majority.getCollection(LedgerCollections.INGEST_OUTCOMES);
        this.deferrals = majority.getCollection(LedgerCollections.INGEST_DEFERRALS);
        this.acceptances = majority.getCollection(LedgerCollections.INGEST_ACCEPTANCES);
        for (MongoCollection<Document> c : List.of(outcomes, deferrals)) {
            c.createIndex(Indexes.ascending("record", "at"), new IndexOptions().name("record_at"));
            c.createIndex(Indexes.ascending("capture"), new IndexOptions().name("capture").sparse(true));
        }
        // deferrals only explain a wait, and the longest wait is minutes
        deferrals.createIndex(Indexes.ascending("at"), new IndexOptions().name("at_ttl").expireAfter(7L, TimeUnit.DAYS));
    }

    /** The stored final receipts of many messages, by id: one {@code _id $in}, point reads in the {@code _id} index. */
    public Map<String, String> finals(Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        outcomes.find(in("_id", ids)).forEach(d -> out.put(d.getString("_id"), d.getString("receipt")));
        return out;
    }

    /**
     * Stores each final receipt unless one is stored already, in one unordered {@code insertMany}; returns
     * the ids whose receipt another writer stored first (their duplicate keys), which the caller reads back.
     */
    public Set<String> rememberFinals(List<Entry> entries) {
        Set<String> taken = new LinkedHashSet<>();
        try {
            outcomes.insertMany(entries.stream().map(IngestOutcomes::document).toList(), new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                taken.add(entries.get(error.getIndex()).id());
            }
            if (e.getWriteConcernError() != null) {
                throw e;
            }
        }
        return taken;
    }

    /** The message ({@code topic/partition/offset}) that holds the acceptance of each of these records, where one does. */
    public Map<String, String> acceptances(Collection<String> records) {
        Map<String, String> out = new HashMap<>();
        if (!records.isEmpty()) {
            acceptances.find(in("_id", records)).forEach(d -> out.put(d.getString("_id"), d.getString("source")));
        }
        return out;
    }

    /**
     * Claims the acceptance of each record (record hash to message) unless another message holds it, in one
     * unordered {@code insertMany}; one document per record, so each claim is atomic without a transaction.
     * Returns the holder of each record's acceptance afterwards: the claimant, or whoever claimed first.
     */
    public Map<String, String> claimAcceptances(Map<String, String> claims) {
        if (claims.isEmpty()) {
            return Map.of();
        }
        List<Map.Entry<String, String>> entries = List.copyOf(claims.entrySet());
        Map<String, String> out = new HashMap<>(claims);
        List<String> taken = new ArrayList<>();
        try {
            acceptances.insertMany(entries.stream().map(e -> new Document("_id", e.getKey()).append("source", e.getValue())
                    .append("at", new Date())).toList(), new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                taken.add(entries.get(error.getIndex()).getKey());
            }
            if (e.getWriteConcernError() != null) {
                throw e;
            }
        }
        out.putAll(acceptances(taken));
        return out;
    }

    /** Notes deferrals; a note stored already (a batch replayed after an aborted transaction) is left as it is. */
    public void noteDeferrals(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            deferrals.insertMany(entries.stream().map(IngestOutcomes::document).toList(), new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null
                    || e.getWriteErrors().stream().anyMatch(w -> w.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    /** Final receipts of every message that carried this record, oldest first: one range of {@code record_at}. */
    public List<String> finalsForRecord(String record) {
        return outcomes.find(eq("record", record)).sort(Sorts.ascending("at")).map(d -> d.getString("receipt")).into(new ArrayList<>());
    }

    /** Final receipts of the records that came in with one capture, from the {@code capture} index. */
    public List<String> finalsForCapture(String capture) {
        return outcomes.find(eq("capture", capture)).map(d -> d.getString("receipt")).into(new ArrayList<>());
    }

    /** The latest deferral note of a record, if it was ever deferred. */
    public Optional<String> lastDeferral(String record) {
        return Optional.ofNullable(deferrals.find(eq("record", record)).sort(Sorts.descending("at")).first()).map(d -> d.getString("receipt"));
    }

    /** The deferral notes of the records that came in with one capture, oldest first. */
    public List<String> deferralsForCapture(String capture) {
        return deferrals.find(eq("capture", capture)).sort(Sorts.ascending("at")).map(d -> d.getString("receipt")).into(new ArrayList<>());
    }

    private static Document document(Entry e) {
        Document doc = new Document("_id", e.id()).append("receipt", e.receiptJson()).append("at", new Date());
        if (e.record() != null) {
            doc.append("record", e.record());
        }
        if (e.capture() != null) {
            doc.append("capture", e.capture());
        }
        return doc;
    }
}

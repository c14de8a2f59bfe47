package io.trazo.ingest.consume;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * The final outcome of each message on the records topic, keyed by its {@link Source}, in the
 * {@code ingest_outcomes} collection. Written insert-only before the Kafka transaction that publishes
 * the receipt commits; a message redelivered after an aborted transaction finds its outcome here and
 * gets the identical receipt, even when replaying the append would now say DUPLICATE or lose the
 * finding's JSON pointer. The first writer wins a race (two instances during a rebalance).
 *
 * <p>Each deferral is noted too, in {@code ingest_deferrals} (insert-only, one document per message and
 * retry round), so that a record that waits can say what it waits for before its final receipt exists.
 */
public final class OutcomeMemo {

    private final MongoCollection<Document> outcomes;
    private final MongoCollection<Document> deferrals;
    private final JsonMapper json;

    public OutcomeMemo(MongoDatabase database, JsonMapper json) {
        MongoDatabase majority = database.withWriteConcern(WriteConcern.MAJORITY);
        this.outcomes = majority.getCollection("ingest_outcomes");
        this.deferrals = majority.getCollection("ingest_deferrals");
        this.json = json;
        for (MongoCollection<Document> c : List.of(outcomes, deferrals)) {
            c.createIndex(Indexes.ascending("record", "at"), new IndexOptions().name("record_at"));
            c.createIndex(Indexes.ascending("capture"), new IndexOptions().name("capture").sparse(true));
        }
        // deferrals only explain a wait, and the longest wait is minutes: MongoDB drops them after a week
        deferrals.createIndex(Indexes.ascending("at"), new IndexOptions().name("at_ttl").expireAfter(7L, TimeUnit.DAYS));
    }

    /**
     * The stored outcomes of many messages in one query (a listener batch): an {@code _id $in} look-up,
     * which the stand-in also answers from its {@code _id} index.
     */
    Map<Source, Receipt> findAll(Collection<Source> sources) {
        Map<String, Source> byId = new HashMap<>();
        sources.forEach(s -> byId.put(s.toString(), s));
        Map<Source, Receipt> out = new HashMap<>();
        outcomes.find(in("_id", byId.keySet()))
                .forEach(d -> out.put(byId.get(d.getString("_id")), json.readValue(d.getString("receipt"), Receipt.class)));
        return out;
    }

    /**
     * Stores each outcome unless one is stored already, in one unordered {@code insertMany}: the outcomes another instance
     * stored first (duplicate keys) are read back in one {@code _id $in} and returned instead. Returns the outcomes stored afterwards.
     */
    Map<Source, Receipt> rememberAll(Map<Source, Receipt> receipts) {
        List<Source> sources = List.copyOf(receipts.keySet());
        List<Document> docs = sources.stream().map(s -> document(s, receipts.get(s))).toList();
        Map<Source, Receipt> out = new LinkedHashMap<>(receipts);
        try {
            outcomes.insertMany(docs, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            List<Source> taken = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                taken.add(sources.get(error.getIndex()));
            }
            if (e.getWriteConcernError() != null) {
                throw e;
            }
            Map<Source, Receipt> first = findAll(taken);
            taken.forEach(s -> out.put(s, Objects.requireNonNull(first.get(s), "an outcome vanished from ingest_outcomes")));
        }
        return out;
    }

    /**
     * Notes DEFERRED receipts, one document per message and retry round; a round noted already (a batch
     * replayed after an aborted transaction) is left as it is. Informational: status reads it, no decision does.
     */
    void noteDeferrals(List<Receipt> deferred) {
        if (deferred.isEmpty()) {
            return;
        }
        List<Document> docs = deferred.stream().map(r -> document(r.source() + "#" + r.attempt(), r)).toList();
        try {
            deferrals.insertMany(docs, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null
                    || e.getWriteErrors().stream().anyMatch(w -> w.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    /** The latest deferral of a record, if it was ever deferred. */
    public Optional<Receipt> lastDeferral(String hash) {
        return Optional.ofNullable(deferrals.find(eq("record", hash)).sort(Sorts.descending("at")).first())
                .map(d -> json.readValue(d.getString("receipt"), Receipt.class));
    }

    /** The deferrals of the records that came in with one capture, oldest first. */
    public List<Receipt> deferralsForCapture(String capture) {
        return deferrals.find(eq("capture", capture)).sort(Sorts.ascending("at"))
                .map(d -> json.readValue(d.getString("receipt"), Receipt.class)).into(new ArrayList<>());
    }

    private Document document(Source source, Receipt receipt) {
        return document(source.toString(), receipt);
    }

    private Document document(String id, Receipt receipt) {
        Document doc = new Document("_id", id).append("receipt", json.writeValueAsString(receipt))
                .append("at", new Date());
        if (receipt.record() != null) {
            doc.append("record", receipt.record());
        }
        if (receipt.capture() != null) {
            doc.append("capture", receipt.capture());
        }
        return doc;
    }

    /** Final outcomes of every message that carried this record, oldest first. Scans on the stand-in, which ignores the index. */
    public List<Receipt> forRecord(String hash) {
        return outcomes.find(eq("record", hash)).sort(Sorts.ascending("at"))
                .map(d -> json.readValue(d.getString("receipt"), Receipt.class)).into(new ArrayList<>());
    }

    /** Outcomes of the records that came in with one capture. Scans on the stand-in, which ignores the index. */
    public List<Receipt> forCapture(String capture) {
        return outcomes.find(eq("capture", capture)).map(d -> json.readValue(d.getString("receipt"), Receipt.class))
                .into(new ArrayList<>());
    }
}

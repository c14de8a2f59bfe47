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
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * The final outcome of each message on the records topic, keyed by its {@link Source}, in the
 * {@code ingest_outcomes} collection. Written insert-only before the Kafka transaction that publishes
 * the receipt commits; a message redelivered after an aborted transaction finds its outcome here and
 * gets the identical receipt, even when replaying the append would now say DUPLICATE or lose the
 * finding's JSON pointer. The first writer wins a race (two instances during a rebalance).
 */
public final class OutcomeMemo {

    private final MongoCollection<Document> outcomes;
    private final JsonMapper json;

    /** Creates the indexes of the two look-ups that are not by {@code _id}; idempotent, as every instance does it at start-up. */
    public OutcomeMemo(MongoDatabase database, JsonMapper json) {
        this.outcomes = database.withWriteConcern(WriteConcern.MAJORITY).getCollection("ingest_outcomes");
        this.json = json;
        outcomes.createIndex(Indexes.ascending("record", "at"), new IndexOptions().name("record_at"));
        outcomes.createIndex(Indexes.ascending("capture"), new IndexOptions().name("capture").sparse(true));
    }

    /**
     * The stored outcomes of many messages in one query (a listener batch): an {@code _id $in} look-up,
     * one round trip of point reads in the {@code _id} index.
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

    private Document document(Source source, Receipt receipt) {
        Document doc = new Document("_id", source.toString()).append("receipt", json.writeValueAsString(receipt))
                .append("at", new Date());
        if (receipt.record() != null) {
            doc.append("record", receipt.record());
        }
        if (receipt.capture() != null) {
            doc.append("capture", receipt.capture());
        }
        return doc;
    }

    /** Final outcomes of every message that carried this record, oldest first: one range of {@code record_at}, already in order. */
    public List<Receipt> forRecord(String hash) {
        return outcomes.find(eq("record", hash)).sort(Sorts.ascending("at"))
                .map(d -> json.readValue(d.getString("receipt"), Receipt.class)).into(new ArrayList<>());
    }

    /** Outcomes of the records that came in with one capture, from the {@code capture} index. */
    public List<Receipt> forCapture(String capture) {
        return outcomes.find(eq("capture", capture)).map(d -> json.readValue(d.getString("receipt"), Receipt.class))
                .into(new ArrayList<>());
    }
}

package io.trazo.ingest.consume;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.Date;
import java.util.List;
import java.util.Optional;
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

    public OutcomeMemo(MongoDatabase database, JsonMapper json) {
        this.outcomes = database.withWriteConcern(WriteConcern.MAJORITY).getCollection("ingest_outcomes");
        this.json = json;
    }

    Optional<Receipt> find(Source source) {
        return Optional.ofNullable(outcomes.find(eq("_id", source.toString())).first())
                .map(d -> json.readValue(d.getString("receipt"), Receipt.class));
    }

    /**
     * The stored outcomes of many messages in one query (a listener batch): an {@code _id $in} look-up,
     * which the stand-in also answers from its {@code _id} index.
     */
    java.util.Map<Source, Receipt> findAll(java.util.Collection<Source> sources) {
        java.util.Map<String, Source> byId = new java.util.HashMap<>();
        sources.forEach(s -> byId.put(s.toString(), s));
        java.util.Map<Source, Receipt> out = new java.util.HashMap<>();
        outcomes.find(com.mongodb.client.model.Filters.in("_id", byId.keySet()))
                .forEach(d -> out.put(byId.get(d.getString("_id")), json.readValue(d.getString("receipt"), Receipt.class)));
        return out;
    }

    /** Stores the outcome unless one is stored already; returns the one that is stored afterwards. */
    Receipt remember(Source source, Receipt receipt) {
        Document doc = new Document("_id", source.toString()).append("receipt", json.writeValueAsString(receipt))
                .append("at", new Date());
        if (receipt.record() != null) {
            doc.append("record", receipt.record());
        }
        if (receipt.capture() != null) {
            doc.append("capture", receipt.capture());
        }
        try {
            outcomes.insertOne(doc);
            return receipt;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return find(source).orElseThrow();
        }
    }

    /** Final outcomes of every message that carried this record, oldest first. Scans on the stand-in. */
    public List<Receipt> forRecord(String hash) {
        return outcomes.find(eq("record", hash)).sort(com.mongodb.client.model.Sorts.ascending("at"))
                .map(d -> json.readValue(d.getString("receipt"), Receipt.class)).into(new java.util.ArrayList<>());
    }

    /** Outcomes of the records that came in with one capture. Scans on the stand-in, which ignores the index. */
    public List<Receipt> forCapture(String capture) {
        return outcomes.find(eq("capture", capture)).map(d -> json.readValue(d.getString("receipt"), Receipt.class))
                .into(new java.util.ArrayList<>());
    }
}

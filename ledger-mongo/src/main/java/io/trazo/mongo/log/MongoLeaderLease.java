package io.trazo.mongo.log;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import io.trazo.mongo.LedgerCollections;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.LeaderLease;
import io.trazo.append.log.Lease;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * {@link LeaderLease} as the single document {@code _id: "sequencer"} of {@code log_lease}. Each step is
 * one conditional {@code findOneAndUpdate}: extend my unexpired lease; else take over an expired one,
 * incrementing the token in the same write; else create the document (guarded by {@code _id}). The
 * document is never deleted, so the token never goes back; release only expires it.
 */
public final class MongoLeaderLease implements LeaderLease {

    static final String COLLECTION = LedgerCollections.LOG_LEASE;
    private static final String ID = "sequencer";
    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> leases;
    private final Clock clock;

    public MongoLeaderLease(MongoDatabase db, Clock clock) {
        this.leases = db.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY);
        this.clock = clock;
    }

    @Override
    public Optional<Lease> acquire(String holder, Duration ttl) {
        long now = clock.millis();
        long until = now + ttl.toMillis();
        Optional<Lease> mine = update(and(eq("_id", ID), eq("holder", holder), gt("expiresAt", now)), set("expiresAt", until));
        if (mine.isPresent()) {
            return mine;
        }
        Optional<Lease> takenOver = update(and(eq("_id", ID), lte("expiresAt", now)),
                combine(set("holder", holder), set("expiresAt", until), inc("token", 1L)));
        if (takenOver.isPresent()) {
            return takenOver;
        }
        try {
            MongoLogException.call("create lease", () -> leases.insertOne(
                    new Document("_id", ID).append("holder", holder).append("token", 1L).append("expiresAt", until)));
            return Optional.of(new Lease(holder, new FencingToken(1), Instant.ofEpochMilli(until)));
        } catch (MongoLogException e) {
            if (e.getCause() instanceof MongoWriteException w && MongoLogException.isDuplicateKey(w)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Optional<Lease> renew(Lease lease, Duration ttl) {
        long now = clock.millis();
        return update(and(eq("_id", ID), eq("holder", lease.holder()), eq("token", lease.token().value()),
                gt("expiresAt", now)), set("expiresAt", now + ttl.toMillis()));
    }

    @Override
    public void release(Lease lease) {
        MongoLogException.call("release lease", () -> leases.updateOne(and(eq("_id", ID), eq("holder", lease.holder()),
                eq("token", lease.token().value())), set("expiresAt", 0L)));
    }

    private Optional<Lease> update(Bson filter, Bson update) {
        Document doc = MongoLogException.call("update lease", () -> leases.findOneAndUpdate(filter, update, AFTER));
        return Optional.ofNullable(doc).map(d -> new Lease(d.getString("holder"),
                new FencingToken(((Number) d.get("token")).longValue()),
                Instant.ofEpochMilli(((Number) d.get("expiresAt")).longValue())));
    }
}

package io.trazo.mongo.log;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import io.trazo.append.log.LeafIndex;
import io.trazo.append.log.LogConflictException;
import io.trazo.append.log.LogWrite;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.LeafEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * {@link LeafIndex} on {@code log_leaves} (layout in {@link MongoLeafIndexReader}). Uniqueness by leaf is
 * {@code _id}; by record, a unique <em>sparse</em> index, since map-root leaves have no record. A batch is
 * one unordered {@code insertMany}; duplicates in it are checked entry by entry, which makes replay converge.
 * Mapped records are found through the compound index {@code (mapped, _id)}: one range scan at start.
 */
public final class MongoLeafIndex extends MongoLeafIndexReader implements LeafIndex {

    static final String RECORD_INDEX = "leaf_record";

    public MongoLeafIndex(MongoDatabase db) {
        super(db.withWriteConcern(WriteConcern.MAJORITY));
        MongoLogException.call("create leaf indexes", () -> {
            dropNonSparseRecordIndex();
            leaves.createIndex(Indexes.ascending(RECORD), new IndexOptions().unique(true).sparse(true).name(RECORD_INDEX));
            return leaves.createIndex(Indexes.ascending(MAPPED, "_id"), new IndexOptions().name("leaf_mapped"));
        });
    }

    /**
     * A store written before map-root leaves has {@code leaf_record} unique but not sparse, which would
     * refuse a second leaf without a record. MongoDB cannot change an index's options in place, so it is
     * dropped and built again sparse; meanwhile {@code _id} still guards the leaves, and only the sequencer
     * (one leader) writes them.
     */
    private void dropNonSparseRecordIndex() {
        for (Document index : leaves.listIndexes()) {
            if (RECORD_INDEX.equals(index.getString("name")) && !Boolean.TRUE.equals(index.get("sparse"))) {
                leaves.dropIndex(RECORD_INDEX);
            }
        }
    }

    @Override
    public LogWrite put(long leafIndex, LeafEntry entry) {
        try {
            MongoLogException.call("insert leaf", () -> leaves.insertOne(document(leafIndex, entry)));
            return LogWrite.STORED;
        } catch (MongoLogException e) {
            if (e.getCause() instanceof MongoWriteException w && MongoLogException.isDuplicateKey(w)) {
                return existing(leafIndex, entry);
            }
            throw e;
        }
    }

    @Override
    public void putEntries(long firstIndex, List<LeafEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Document> docs = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            docs.add(document(firstIndex + i, entries.get(i)));
        }
        try {
            MongoLogException.call("insert leaves", () -> leaves.insertMany(docs, new InsertManyOptions().ordered(false)));
        } catch (MongoLogException e) {
            if (!(e.getCause() instanceof MongoBulkWriteException bulk)) {
                throw e;
            }
            for (BulkWriteError error : bulk.getWriteErrors()) {
                if (error.getCode() != 11000) {
                    throw e;
                }
                existing(firstIndex + error.getIndex(), entries.get(error.getIndex()));
            }
        }
    }

    @Override
    public SortedMap<Long, Digest> mappedLeaves(long from, long to, int limit) {
        SortedMap<Long, Digest> found = new TreeMap<>();
        MongoLogException.call("read mapped leaves", () -> leaves.find(and(eq(MAPPED, true), gte("_id", from), lt("_id", to)))
                .sort(Sorts.ascending(MAPPED, "_id")).limit(Math.min(limit, MAX_MAPPED)).into(new ArrayList<>()))
                .forEach(d -> found.put(((Number) d.get("_id")).longValue(), Digest.fromHex(d.getString(RECORD))));
        return found;
    }

    private LogWrite existing(long leafIndex, LeafEntry entry) {
        Optional<LeafEntry> atLeaf = Optional.ofNullable(MongoLogException.call("read leaf",
                () -> leaves.find(eq("_id", leafIndex)).first())).map(MongoLeafIndexReader::entry);
        if (atLeaf.isPresent() && !atLeaf.get().equals(entry)) {
            throw LogConflictException.leaf(leafIndex, describe(atLeaf.get()), describe(entry));
        }
        if (entry instanceof LeafEntry.Record r) {
            Optional<Long> ofRecord = indexOf(r.record());
            if (ofRecord.isPresent() && ofRecord.get() != leafIndex) {
                throw LogConflictException.record(r.record().hex(), ofRecord.get(), leafIndex);
            }
        }
        return LogWrite.ALREADY_STORED;
    }

    private static String describe(LeafEntry entry) {
        return entry instanceof LeafEntry.Record r ? r.record().hex() + (r.mapped() ? " (mapped)" : "") : entry.toString();
    }

    private static Document document(long leafIndex, LeafEntry entry) {
        Document d = new Document("_id", leafIndex);
        if (entry instanceof LeafEntry.MapRoot root) {
            return d.append(MAP_ROOT, new Binary(root.input()));
        }
        LeafEntry.Record r = (LeafEntry.Record) entry;
        d.append(RECORD, r.record().hex());
        return r.mapped() ? d.append(MAPPED, true) : d;
    }
}

package io.trazo.query.bench;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * BENCHMARK-ONLY writer of the documented schema in bulk (insertMany), for generated journeys that are
 * valid by construction: it skips the append protocol's verification and round trips, which would make
 * loading a large store take hours on two cores. Each unit uses fresh lots, so lot positions follow
 * from the unit's own order, and every unit has the same number of records, so ledger positions follow
 * from the unit's index: {@link #documents} is a pure function that generator threads run in parallel.
 * The benchmark's verification runs re-check every record it touches.
 */
final class BulkLoader {

    private final MongoDatabase db;
    private final List<Document> records = new ArrayList<>();
    private final List<Document> claims = new ArrayList<>();
    private final List<Document> heads = new ArrayList<>();
    private long position;

    BulkLoader(MongoDatabase db, long lastPosition) {
        this.db = db;
        this.position = lastPosition;
    }

    /** The documents of one unit's records, the first of which gets ledger position {@code lastPosition + 1}. */
    static UnitDocuments documents(long lastPosition, List<byte[]> unit) {
        UnitDocuments out = new UnitDocuments(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), lastPosition + unit.size());
        Map<String, Long> next = new LinkedHashMap<>();
        Map<String, Document> head = new LinkedHashMap<>();
        long position = lastPosition;
        for (byte[] wire : unit) {
            SignedRecord r = RecordCodec.parse(wire);
            EventRecord e = EventRecords.read(r);
            List<Document> lots = new ArrayList<>();
            for (String lot : e.event().lots()) {
                long p = next.merge(lot, 1L, Long::sum) - 1;
                lots.add(new Document("lot", lot).append("position", p));
                out.claims().add(new Document("_id", new Document("lot", lot).append("p", p)).append("record", r.hash().hex()));
                head.put(lot, new Document("_id", lot).append("position", p).append("record", r.hash().hex()));
            }
            Document d = new Document("_id", r.hash().hex()).append("wire", new Binary(wire)).append("type", "event")
                    .append("actor", r.actor()).append("time", Date.from(r.time())).append("lots", lots).append("state", "ACCEPTED")
                    .append("position", ++position).append("bizStep", e.event().bizStep()).append("eventId", e.eventId())
                    .append("insertedAt", new Date());
            r.counterparty().ifPresent(c -> d.append("counterparty", c));
            out.records().add(d);
        }
        out.heads().addAll(head.values());
        return out;
    }

    void add(UnitDocuments unit) {
        if (unit.lastPosition() != position + unit.records().size()) {
            throw new IllegalArgumentException("unit ends at position " + unit.lastPosition() + ", expected "
                    + (position + unit.records().size()) + ": units must be added in order");
        }
        records.addAll(unit.records());
        claims.addAll(unit.claims());
        heads.addAll(unit.heads());
        position = unit.lastPosition();
        if (records.size() >= 5000) {
            flush();
        }
    }

    void flush() {
        if (!records.isEmpty()) {
            db.getCollection("records").insertMany(records);
            db.getCollection("lot_claims").insertMany(claims);
            db.getCollection("lot_heads").insertMany(heads);
            records.clear();
            claims.clear();
            heads.clear();
        }
        db.getCollection("counters").updateOne(Filters.eq("_id", "ledger-position"), Updates.set("value", position),
                new UpdateOptions().upsert(true));
    }

    record UnitDocuments(List<Document> records, List<Document> claims, List<Document> heads, long lastPosition) {}
}

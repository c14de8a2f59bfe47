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
 * from the unit's own order. The benchmark's verification runs re-check every record it touches.
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

    void add(List<byte[]> unit) {
        Map<String, Long> next = new LinkedHashMap<>();
        Map<String, String> head = new LinkedHashMap<>();
        for (byte[] wire : unit) {
            SignedRecord r = RecordCodec.parse(wire);
            EventRecord e = EventRecords.read(r);
            List<Document> lots = new ArrayList<>();
            for (String lot : e.event().lots()) {
                long p = next.merge(lot, 1L, Long::sum) - 1;
                lots.add(new Document("lot", lot).append("position", p));
                claims.add(new Document("_id", new Document("lot", lot).append("p", p)).append("record", r.hash().hex()));
                head.put(lot, p + ":" + r.hash().hex());
            }
            Document d = new Document("_id", r.hash().hex()).append("wire", new Binary(wire)).append("type", "event")
                    .append("actor", r.actor()).append("time", Date.from(r.time())).append("lots", lots).append("state", "ACCEPTED")
                    .append("position", ++position).append("bizStep", e.event().bizStep()).append("eventId", e.eventId())
                    .append("insertedAt", new Date());
            r.counterparty().ifPresent(c -> d.append("counterparty", c));
            records.add(d);
        }
        head.forEach((lot, v) -> heads.add(new Document("_id", lot).append("position", Long.parseLong(v.substring(0, v.indexOf(':'))))
                .append("record", v.substring(v.indexOf(':') + 1))));
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
}

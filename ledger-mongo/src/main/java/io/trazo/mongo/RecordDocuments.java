package io.trazo.mongo;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonFormatException;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordHashing;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;

/**
 * Maps a {@link StoredRecord} to and from a {@code records} document (docs/operations.md). The
 * query-side fields ({@code counterparty}, {@code bizStep}, {@code eventId}) are read from the
 * stored bytes; they are indexes for readers, never inputs to the append protocol.
 */
final class RecordDocuments {

    static final String STATE = "state";
    static final String POSITION = "position";
    /** An audit report's subjects, so a lot's or an actor's reports are found by an index ({@code subjects_time}). */
    static final String SUBJECTS = "subjects";

    /**
     * The members {@link #fromDocument} reads, as a projection: a record read by hash or position is asked for these
     * only, not the query-side fields written beside them ({@code epcis}, {@code bizStep}, {@code eventId},
     * {@code subjects}, {@code insertedAt}), which for an event can weigh as much as its bytes and which no reader of a
     * record uses (issue 18: decoding them was a large share of a cold page view's store reads).
     */
    static final Bson READ = Projections.include("wire", "type", "actor", "time", "lots", STATE, POSITION, "rejection");

    private RecordDocuments() {}

    static Document toDocument(StoredRecord r) {
        Document doc = new Document("_id", r.hash().hex())
                .append("wire", new Binary(r.wire()))
                .append("type", r.type().wire())
                .append("actor", r.actor())
                .append("time", Date.from(r.time()));
        List<Document> lots = new ArrayList<>();
        r.lotPositions().forEach((lot, at) -> lots.add(new Document("lot", lot).append(POSITION, at)));
        doc.append("lots", lots).append(STATE, r.state().name());
        r.position().ifPresent(p -> doc.append(POSITION, p));
        r.rejection().ifPresent(reason -> doc.append("rejection", reason));
        queryFields(r.wire()).forEach(doc::append);
        return doc.append("insertedAt", new Date());
    }

    /** The record, after checking that its bytes hash to its key ({@link #checkHash}). */
    static StoredRecord fromDocument(Document doc) {
        return fromDocument(doc, true);
    }

    static StoredRecord fromDocument(Document doc, boolean checkHash) {
        String id = doc.getString("_id");
        RecordType type = RecordType.fromWire(doc.getString("type"))
                .orElseThrow(() -> StoreException.corrupt("record", id + " has type " + doc.getString("type")));
        Map<String, Long> lots = new LinkedHashMap<>();
        for (Document lot : doc.getList("lots", Document.class)) {
            lots.put(lot.getString("lot"), ((Number) lot.get(POSITION)).longValue());
        }
        Object position = doc.get(POSITION);
        Digest hash = Digest.fromHex(id);
        byte[] wire = doc.get("wire", Binary.class).getData();
        SignedRecord parsed = checkHash ? checkedParse(hash, wire) : null;
        return new StoredRecord(hash, wire, type, doc.getString("actor"),
                Instant.ofEpochMilli(doc.getDate("time").getTime()), lots, state(id, doc.getString(STATE)),
                position == null ? OptionalLong.empty() : OptionalLong.of(((Number) position).longValue()),
                Optional.ofNullable(doc.getString("rejection")), parsed);
    }

    /**
     * {@link #checkHash}, done through the record codec when the bytes are a well-formed record, so that the
     * parse it makes (strict parse, JCS, SHA-256: the same work) is handed on with the record rather than made
     * again by the reader that asked for it ({@link StoredRecord#parse()}). The codec's hash is the record hash
     * {@link #checkHash} computes. Bytes the codec refuses (a rejected record can be any JSON object) take the
     * plain check, and carry no parse.
     *
     * @return the parse, or null when the codec refused the bytes but they still hash to their key
     */
    static SignedRecord checkedParse(Digest key, byte[] wire) {
        SignedRecord parsed;
        try {
            parsed = RecordCodec.parse(wire);
        } catch (RecordException e) {
            checkHash(key, wire);
            return null;
        }
        if (!parsed.hash().equals(key)) {
            throw StoreIntegrityException.recordHash(key, parsed.hash());
        }
        return parsed;
    }

    /**
     * The stored bytes must hash to the key they are stored under (docs/operations.md §Store integrity):
     * the one place every reader's records pass through, so none can serve bytes the ledger never
     * accepted. Strict parse, JCS and SHA-256 cost microseconds next to the round trip that fetched them.
     */
    static void checkHash(Digest key, byte[] wire) {
        JsonValue root;
        try {
            root = StrictJson.parseRecord(wire);
        } catch (JsonFormatException e) {
            throw StoreIntegrityException.unreadable(key, e.getMessage());
        }
        if (!(root instanceof JsonObject record)) {
            throw StoreIntegrityException.unreadable(key, "not a JSON object");
        }
        Digest actual = RecordHashing.recordHash(record);
        if (!actual.equals(key)) {
            throw StoreIntegrityException.recordHash(key, actual);
        }
    }

    /** Seals share the collection but are never decoded as records: every caller selects by state or hash first. */
    private static RecordState state(String id, String state) {
        try {
            return RecordState.valueOf(String.valueOf(state));
        } catch (IllegalArgumentException e) {
            throw StoreException.corrupt("record", id + " has state " + state);
        }
    }

    /** The {@link EventAttributes} of stored bytes, for documents written before they existed. */
    static Optional<Object> eventAttributes(byte[] wire) {
        return Optional.ofNullable(queryFields(wire).get(EventAttributes.FIELD));
    }

    private static Map<String, Object> queryFields(byte[] wire) {
        Map<String, Object> fields = new LinkedHashMap<>();
        JsonValue root;
        try {
            root = StrictJson.parseRecord(wire);
        } catch (JsonFormatException e) {
            return fields;
        }
        if (!(root instanceof JsonObject record)) {
            return fields;
        }
        string(record, "counterparty").ifPresent(v -> fields.put("counterparty", v));
        Optional<JsonObject> body = record.get("body").filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
        body.flatMap(b -> string(b, "eventId")).ifPresent(v -> fields.put("eventId", v));
        body.flatMap(b -> b.get("event")).filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .flatMap(e -> string(e, "bizStep"))
                .ifPresent(v -> fields.put(EventField.BIZ_STEP_FIELD, io.trazo.ledger.event.Vocabulary.bizStep(v).orElse(v)));
        body.flatMap(EventAttributes::of).ifPresent(q -> fields.put(EventAttributes.FIELD, q));
        if (string(record, "type").filter("audit_report"::equals).isPresent()) {
            body.flatMap(b -> b.get("subject")).filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                    .ifPresent(subject -> fields.put(SUBJECTS, subjects(subject)));
        }
        return fields;
    }

    /** What an audit report is about (docs/protocol.md §8.7): its actor, lot and certificate, whichever it names. */
    private static List<String> subjects(JsonObject subject) {
        List<String> out = new ArrayList<>();
        for (String member : new String[] {"actor", "lot", "certificate"}) {
            string(subject, member).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<String> string(JsonObject o, String name) {
        return o.get(name).filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
    }
}

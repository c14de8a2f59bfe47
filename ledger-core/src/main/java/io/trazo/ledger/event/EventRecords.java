package io.trazo.ledger.event;

import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.record.Fields;
import io.trazo.ledger.record.Identifiers;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks the body of an event record (docs/protocol.md §Event records). */
public final class EventRecords {

    private static final Set<String> MEMBERS = Set.of("event", "eventId", "claims", "documents");
    private static final Set<String> CLAIM_MEMBERS = Set.of("certificate", "lots");
    private static final Set<String> DOCUMENT_MEMBERS = Set.of("type", "id", "sha256");
    private static final Pattern DOCUMENT_TYPE = Pattern.compile("bill_of_lading|certificate_of_origin|"
            + "phytosanitary_certificate|commercial_invoice|packing_list|customs_declaration|quality_report|other");
    private static final Pattern DOCUMENT_ID = Pattern.compile("[!-~]{1,100}");
    /** USDA National Organic Program import certificate, a v2 document type (docs/protocol.md §8.7). */
    private static final String NOP_IMPORT_CERTIFICATE = "nop_import_certificate";
    private static final Pattern NOP_ID = Pattern.compile("[0-9]{3}-[0-9]{10}-[0-9]{6}");
    private static final int MAX_CLAIMS = 64;
    private static final int MAX_DOCUMENTS = 32;

    private EventRecords() {}

    public static EventRecord read(SignedRecord record) {
        Fields body = body(record);
        EpcisEvents.InContext read = event(record, body);
        EpcisEvent event = read.event();
        String eventId = body.string("eventId", Identifiers::isEventHashId, "a CBV 2.0 event hash ID ni:///sha-256;<hex>?ver=CBV2.0");
        String expected = EpcisEvents.eventHashId(event.json(), body.pathOf("event"), read.context());
        if (record.version() != ProtocolVersion.V1) {
            EventRulesV2.eventId(event.json(), expected, body.pathOf("event"));
        }
        if (!expected.equals(eventId)) {
            throw new RecordException(ReasonCode.EVENT_HASH_MISMATCH, body.pathOf("eventId"),
                    "expected " + expected + ", record says " + eventId);
        }
        return new EventRecord(event, eventId, claims(body, event), documents(body, record.version()));
    }

    /**
     * The EPCIS event of an event record, read and checked as {@link #read} does, except that its CBV
     * event hash ID is not computed and compared, nor are its claims and documents read. For views of
     * records already verified on the way in; every verification uses {@link #read}.
     */
    public static EpcisEvent readEvent(SignedRecord record) {
        return event(record, body(record)).event();
    }

    private static Fields body(SignedRecord record) {
        if (record.type() != RecordType.EVENT) {
            throw new IllegalArgumentException("not an event record: " + record.type().wire());
        }
        Fields body = new Fields(record.body(), "/body");
        body.requireOnly(MEMBERS);
        return body;
    }

    private static EpcisEvents.InContext event(SignedRecord record, Fields body) {
        EpcisEvents.InContext read = EpcisEvents.readInContext(body.object("event").object(), body.pathOf("event"), record.version());
        if (!read.event().eventTime().equals(record.time())) {
            throw new RecordException(ReasonCode.TIME_MISMATCH, "/time",
                    "record time " + record.time() + " differs from the event's eventTime " + read.event().eventTime());
        }
        return read;
    }

    private static List<EventRecord.ClaimRef> claims(Fields body, EpcisEvent event) {
        List<JsonValue> raw = body.optionalArray("claims");
        if (raw.size() > MAX_CLAIMS) {
            throw new RecordException(ReasonCode.INVALID_FIELD, body.pathOf("claims"), "at most " + MAX_CLAIMS + " claims");
        }
        List<EventRecord.ClaimRef> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Fields c = Fields.of(raw.get(i), body.pathOf("claims") + "/" + i);
            c.requireOnly(CLAIM_MEMBERS);
            List<String> lots = c.optional("lots").isPresent()
                    ? c.strings("lots", Identifiers.LOT, "a lot URI") : List.of();
            for (String lot : lots) {
                if (!event.lots().contains(lot)) {
                    throw new RecordException(ReasonCode.CLAIM_UNTOUCHED_LOT, c.pathOf("lots"), "claim names " + lot + ", which the event does not touch");
                }
            }
            out.add(new EventRecord.ClaimRef(c.digest("certificate"), lots));
        }
        return out;
    }

    private static List<EventRecord.DocumentRef> documents(Fields body, ProtocolVersion version) {
        List<JsonValue> raw = body.optionalArray("documents");
        if (raw.size() > MAX_DOCUMENTS) {
            throw new RecordException(ReasonCode.INVALID_FIELD, body.pathOf("documents"), "at most " + MAX_DOCUMENTS + " documents");
        }
        List<EventRecord.DocumentRef> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Fields d = Fields.of(raw.get(i), body.pathOf("documents") + "/" + i);
            d.requireOnly(DOCUMENT_MEMBERS);
            String type = version != ProtocolVersion.V1 && NOP_IMPORT_CERTIFICATE.equals(d.optionalString("type").orElse(""))
                    ? NOP_IMPORT_CERTIFICATE : d.string("type", DOCUMENT_TYPE, "a document type such as bill_of_lading");
            String id = type.equals(NOP_IMPORT_CERTIFICATE) ? d.string("id", NOP_ID, "a NOP import certificate number NNN-NNNNNNNNNN-NNNNNN")
                    : d.string("id", DOCUMENT_ID, "a printable document number");
            out.add(new EventRecord.DocumentRef(type, id, d.digest("sha256")));
        }
        return out;
    }
}

package io.trazo.ledger.event;

import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.event.EpcisEvent.Direction;
import io.trazo.ledger.event.EpcisEvent.Quantity;
import io.trazo.ledger.record.Fields;
import io.trazo.ledger.record.Identifiers;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks an EPCIS 2.0 JSON-LD event (EPCIS 2.0 §7.4, the JSON schema's required members) and reads
 * the facts Trazo needs from it. Every problem is {@link ReasonCode#INVALID_EPCIS} with a JSON pointer.
 *
 * <p>Trazo is stricter than EPCIS in two ways that the protocol needs: a {@code bizStep} is required
 * (role policy is keyed on it), and quantities are JSON integers (no binary floating point is signed;
 * a fractional amount is written in a smaller unit, e.g. GRM instead of KGM).
 */
public final class EpcisEvents {

    public static final int MAX_OBJECTS = 1000;
    private static final Pattern OFFSET = Pattern.compile("[+-](?:0\\d|1[0-4]):[0-5]\\d");
    private static final Pattern UOM = Pattern.compile("[A-Z0-9]{2,3}");
    private static final Pattern ACTION = Pattern.compile("ADD|OBSERVE|DELETE");
    private static final Pattern LOCATION = Pattern.compile(
            "urn:epc:id:sgln:[0-9.]+[A-Za-z0-9.*%_-]*|https://[a-z0-9.-]+/414/[0-9]{13}(?:/254/[!-~]{1,20})?|" + Identifiers.PLOT.pattern());

    /**
     * The JSON-LD context every event in a record is read with: the EPCIS 2.0 context plus the
     * {@code trazo:} prefix for Trazo's extensions. Records never carry their own {@code @context}, so an
     * event's hash ID cannot depend on a context the verifier would have to fetch.
     */
    public static final String TRAZO_NAMESPACE = "https://ns.trazo.dev/epcis/";
    public static final JsonContext CONTEXT = JsonContext.of(java.util.Map.of("trazo", TRAZO_NAMESPACE));

    private EpcisEvents() {}

    /** The CBV 2.0 event hash ID of an event as it appears in a record (CBV 2.0 §8.9). */
    public static String eventHashId(JsonObject event, String path) {
        try {
            return EventHashId.compute(event, CONTEXT);
        } catch (EventHashException e) {
            throw new RecordException(ReasonCode.INVALID_EPCIS, path + (e.field().isEmpty() ? "" : "/" + e.field()), e.getMessage(), e);
        }
    }

    public static EpcisEvent read(JsonObject event, String path) {
        Fields f = new Fields(event, path);
        for (String name : event.members().keySet()) {
            if (name.startsWith("@")) {
                throw invalid(f.pathOf(name), "events in records carry no JSON-LD keywords; the context is fixed (docs/protocol.md)");
            }
        }
        String typeName = epcis(() -> f.string("type"));
        EventType type = EventType.fromWire(typeName).orElseThrow(() -> invalid(f.pathOf("type"),
                "unknown event type \"" + typeName + "\""));
        Instant eventTime = eventTime(f);
        String offset = epcis(() -> f.string("eventTimeZoneOffset"));
        if (!OFFSET.matcher(offset).matches()) {
            throw invalid(f.pathOf("eventTimeZoneOffset"), "expected ±hh:mm, got \"" + offset + "\"");
        }
        Optional<String> action = action(f, type);
        String bizStepRaw = epcis(() -> f.string("bizStep"));
        String bizStep = Vocabulary.bizStep(bizStepRaw).orElseThrow(() -> invalid(f.pathOf("bizStep"),
                "\"" + bizStepRaw + "\" is neither a CBV 2.0 business step nor an https URI"));
        Optional<String> disposition = epcis(() -> f.optionalString("disposition"));
        if (disposition.isPresent() && Vocabulary.disposition(disposition.get()).isEmpty()) {
            throw invalid(f.pathOf("disposition"), "\"" + disposition.get() + "\" is not a disposition");
        }
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        switch (type) {
            case TRANSFORMATION -> {
                epcs(f, "inputEPCList", inputs);
                quantities(f, "inputQuantityList", Direction.IN, inputs, quantities);
                epcs(f, "outputEPCList", outputs);
                quantities(f, "outputQuantityList", Direction.OUT, outputs, quantities);
                if (inputs.isEmpty() || outputs.isEmpty()) {
                    throw invalid(path, "a TransformationEvent needs at least one input and one output");
                }
            }
            case AGGREGATION, ASSOCIATION -> {
                parent(f, inputs, type == EventType.ASSOCIATION || !"OBSERVE".equals(action.orElse("")));
                epcs(f, "childEPCs", inputs);
                quantities(f, "childQuantityList", Direction.OBSERVED, inputs, quantities);
            }
            case TRANSACTION -> {
                parent(f, inputs, false);
                epcs(f, "epcList", inputs);
                quantities(f, "quantityList", Direction.OBSERVED, inputs, quantities);
                if (f.optionalArray("bizTransactionList").isEmpty()) {
                    throw invalid(f.pathOf("bizTransactionList"), "a TransactionEvent needs a business transaction");
                }
            }
            case OBJECT -> {
                epcs(f, "epcList", inputs);
                quantities(f, "quantityList", Direction.OBSERVED, inputs, quantities);
            }
        }
        if (inputs.isEmpty() && outputs.isEmpty()) {
            throw invalid(path, "the event names no object or lot");
        }
        if (inputs.size() + outputs.size() > MAX_OBJECTS) {
            throw invalid(path, "the event names more than " + MAX_OBJECTS + " objects");
        }
        return new EpcisEvent(type, eventTime, action, bizStep, disposition.flatMap(Vocabulary::disposition), inputs,
                outputs, quantities, location(f, "bizLocation"), event);
    }

    private static Instant eventTime(Fields f) {
        String raw = epcis(() -> f.string("eventTime"));
        Optional<Instant> plain = io.trazo.ledger.record.Rfc3339.plainInstant(raw);
        if (plain.isPresent()) {
            return plain.get();
        }
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(f.pathOf("eventTime"), "not an RFC 3339 date-time with offset: \"" + raw + "\"");
        }
    }

    private static Optional<String> action(Fields f, EventType type) {
        Optional<String> action = epcis(() -> f.optionalString("action"));
        if (type == EventType.TRANSFORMATION) {
            if (action.isPresent()) {
                throw invalid(f.pathOf("action"), "a TransformationEvent has no action");
            }
            return action;
        }
        if (action.isEmpty() || !ACTION.matcher(action.get()).matches()) {
            throw invalid(f.pathOf("action"), "action must be ADD, OBSERVE or DELETE");
        }
        return action;
    }

    private static void parent(Fields f, List<String> into, boolean required) {
        Optional<String> parent = epcis(() -> f.optionalString("parentID"));
        if (parent.isEmpty()) {
            if (required) {
                throw invalid(f.pathOf("parentID"), "parentID is required here");
            }
            return;
        }
        lot(parent.get(), f.pathOf("parentID"));
        into.add(parent.get());
    }

    private static void epcs(Fields f, String name, List<String> into) {
        List<JsonValue> values = epcis(() -> f.optionalArray(name));
        for (int i = 0; i < values.size(); i++) {
            String path = f.pathOf(name) + "/" + i;
            String epc = string(path, values.get(i));
            lot(epc, path);
            addOnce(into, epc, path);
        }
    }

    private static void quantities(Fields f, String name, Direction direction, List<String> lots, List<Quantity> into) {
        List<JsonValue> values = epcis(() -> f.optionalArray(name));
        for (int i = 0; i < values.size(); i++) {
            String path = f.pathOf(name) + "/" + i;
            if (!(values.get(i) instanceof JsonObject q)) {
                throw invalid(path, "a quantity element is an object");
            }
            Fields qf = new Fields(q, path);
            String epcClass = epcis(() -> qf.string("epcClass"));
            lot(epcClass, qf.pathOf("epcClass"));
            JsonValue amount = qf.optional("quantity").orElseThrow(() -> invalid(qf.pathOf("quantity"), "quantity is required"));
            if (!(amount instanceof JsonNumber n) || !n.integral() || n.value().signum() <= 0) {
                throw invalid(qf.pathOf("quantity"), "quantity must be a positive integer");
            }
            String uom = epcis(() -> qf.optionalString("uom")).orElse("");
            if (!uom.isEmpty() && !UOM.matcher(uom).matches()) {
                throw invalid(qf.pathOf("uom"), "uom must be a UN/ECE Rec 20 code such as KGM, got \"" + uom + "\"");
            }
            addOnce(lots, epcClass, qf.pathOf("epcClass"));
            into.add(new Quantity(epcClass, n.value().longValueExact(), uom, direction));
        }
    }

    private static Optional<String> location(Fields f, String name) {
        Optional<Fields> loc = epcis(() -> f.optionalObject(name));
        if (loc.isEmpty()) {
            return Optional.empty();
        }
        String id = epcis(() -> loc.get().string("id"));
        if (!LOCATION.matcher(id).matches()) {
            throw invalid(loc.get().pathOf("id"), "expected an SGLN, a GLN Digital Link or a urn:trazo:plot URI, got \"" + id + "\"");
        }
        return Optional.of(id);
    }

    private static void lot(String epc, String path) {
        if (!Identifiers.isLot(epc)) {
            throw invalid(path, "\"" + epc + "\" is not an EPC, EPC class, GS1 Digital Link or urn:trazo:lot URI");
        }
    }

    private static void addOnce(List<String> lots, String lot, String path) {
        if (lots.contains(lot)) {
            throw invalid(path, lot + " appears twice in the event");
        }
        lots.add(lot);
    }

    /** Reads a member, reporting a shape error as {@link ReasonCode#INVALID_EPCIS} at the member's own path. */
    private static <T> T epcis(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (RecordException e) {
            throw new RecordException(ReasonCode.INVALID_EPCIS, e.path(), e.detail(), e);
        }
    }

    private static String string(String path, JsonValue value) {
        if (!(value instanceof JsonString s)) {
            throw invalid(path, "expected a string");
        }
        return s.value();
    }

    static RecordException invalid(String path, String message) {
        return new RecordException(ReasonCode.INVALID_EPCIS, path, message);
    }
}

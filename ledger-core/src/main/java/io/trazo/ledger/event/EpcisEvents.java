package io.trazo.ledger.event;

import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.event.EpcisEvent.Direction;
import io.trazo.ledger.event.EpcisEvent.Quantity;
import io.trazo.ledger.record.Fields;
import io.trazo.ledger.record.Identifiers;
import io.trazo.ledger.record.ProtocolVersion;
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
 * <p>In protocol v1 Trazo is stricter than EPCIS in two ways: a {@code bizStep} is required (role
 * policy is keyed on it), and quantities are JSON integers (a fractional amount is written in a
 * smaller unit, e.g. GRM instead of KGM). Protocol v2 takes what GS1 tools write (docs/protocol.md
 * §9.2); {@link EventRulesV2} holds its extra rules.
 */
public final class EpcisEvents {

    public static final int MAX_OBJECTS = 1000;
    /**
     * The business step of a v2 event that names none (EPCIS makes it optional): the role policy
     * gives it to any custodian, since the event claims no step that a role would be needed for.
     */
    public static final String NO_BIZ_STEP = "";

    /** What varies by protocol version while one event is read. */
    private record Rules(boolean v2, JsonContext context) {}
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

    /** The CBV 2.0 event hash ID of an event as it appears in a v1 record (CBV 2.0 §8.9). */
    public static String eventHashId(JsonObject event, String path) {
        return eventHashId(event, path, ProtocolVersion.V1);
    }

    /**
     * The CBV 2.0 event hash ID of an event in a record of {@code version}: v1 reads every event with
     * the fixed {@link #CONTEXT}; v2 with the event's own {@code @context}, so the ID is the one GS1
     * tools compute for the event as its exporter wrote it.
     */
    public static String eventHashId(JsonObject event, String path, ProtocolVersion version) {
        return eventHashId(event, path, version == ProtocolVersion.V1 ? CONTEXT : EventRulesV2.context(event, path));
    }

    /** As above, with the context {@link #readInContext} already read the event in. */
    static String eventHashId(JsonObject event, String path, JsonContext context) {
        try {
            return EventHashId.compute(event, context);
        } catch (EventHashException e) {
            throw new RecordException(ReasonCode.INVALID_EPCIS, path + (e.field().isEmpty() ? "" : "/" + e.field()), e.getMessage(), e);
        }
    }

    /** Reads an event of a v1 record. */
    public static EpcisEvent read(JsonObject event, String path) {
        return read(event, path, ProtocolVersion.V1);
    }

    public static EpcisEvent read(JsonObject event, String path, ProtocolVersion version) {
        return readInContext(event, path, version).event();
    }

    /** An event as {@link #read} reads it, and its context: verification hashes it in that context, read once. */
    record InContext(EpcisEvent event, JsonContext context) {}

    static InContext readInContext(JsonObject event, String path, ProtocolVersion version) {
        Fields f = new Fields(event, path);
        boolean v2 = version != ProtocolVersion.V1;
        JsonContext context = CONTEXT;
        if (v2) {
            EventRulesV2.keywords(event, path);
            context = EventRulesV2.context(event, path);
            EventRulesV2.extensions(event, path);
            EventRulesV2.sourcesAndDestinations(event, context, path);
            EventRulesV2.certificationInfo(event, path);
        } else {
            for (String name : event.members().keySet()) {
                if (name.startsWith("@")) {
                    throw invalid(f.pathOf(name), "events in v1 records carry no JSON-LD keywords; the context is fixed (docs/protocol.md)");
                }
            }
        }
        Rules rules = new Rules(v2, context);
        String typeName = epcis(() -> f.string("type"));
        EventType type = EventType.fromWire(typeName).orElseThrow(() -> invalid(f.pathOf("type"),
                "unknown event type \"" + typeName + "\""));
        Instant eventTime = eventTime(f);
        String offset = epcis(() -> f.string("eventTimeZoneOffset"));
        if (!EventValueForms.isOffset(offset)) {
            throw invalid(f.pathOf("eventTimeZoneOffset"), "expected ±hh:mm, got \"" + offset + "\"");
        }
        Optional<String> action = action(f, type);
        String bizStep;
        Optional<String> disposition = epcis(() -> f.optionalString("disposition"));
        if (v2) {
            Optional<String> raw = epcis(() -> f.optionalString("bizStep"));
            bizStep = raw.map(s -> CbvValues.BIZ_STEP.normalise(s, rules.context(), f.pathOf("bizStep"))).orElse(NO_BIZ_STEP);
            disposition = disposition.map(s -> CbvValues.DISPOSITION.normalise(s, rules.context(), f.pathOf("disposition")));
        } else {
            String bizStepRaw = epcis(() -> f.string("bizStep"));
            bizStep = Vocabulary.bizStep(bizStepRaw).orElseThrow(() -> invalid(f.pathOf("bizStep"),
                    "\"" + bizStepRaw + "\" is neither a CBV 2.0 business step nor an https URI"));
            if (disposition.isPresent() && Vocabulary.disposition(disposition.get()).isEmpty()) {
                throw invalid(f.pathOf("disposition"), "\"" + disposition.get() + "\" is not a disposition");
            }
            disposition = disposition.flatMap(Vocabulary::disposition);
        }
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        switch (type) {
            case TRANSFORMATION -> {
                epcs(rules, f, "inputEPCList", inputs);
                EventQuantities.read(v2, f, "inputQuantityList", Direction.IN, inputs, quantities);
                epcs(rules, f, "outputEPCList", outputs);
                EventQuantities.read(v2, f, "outputQuantityList", Direction.OUT, outputs, quantities);
                if (inputs.isEmpty() || outputs.isEmpty()) {
                    throw invalid(path, "a TransformationEvent needs at least one input and one output");
                }
            }
            case AGGREGATION, ASSOCIATION -> {
                parent(rules, f, inputs, type == EventType.ASSOCIATION || !"OBSERVE".equals(action.orElse("")));
                epcs(rules, f, "childEPCs", inputs);
                EventQuantities.read(v2, f, "childQuantityList", Direction.OBSERVED, inputs, quantities);
            }
            case TRANSACTION -> {
                parent(rules, f, inputs, false);
                epcs(rules, f, "epcList", inputs);
                EventQuantities.read(v2, f, "quantityList", Direction.OBSERVED, inputs, quantities);
                if (f.optionalArray("bizTransactionList").isEmpty()) {
                    throw invalid(f.pathOf("bizTransactionList"), "a TransactionEvent needs a business transaction");
                }
            }
            case OBJECT -> {
                epcs(rules, f, "epcList", inputs);
                EventQuantities.read(v2, f, "quantityList", Direction.OBSERVED, inputs, quantities);
            }
        }
        if (inputs.isEmpty() && outputs.isEmpty()) {
            if (!v2) {
                throw invalid(path, "the event names no object or lot");
            }
            EventRulesV2.lotlessObservation(type, action, event, path);
        }
        if (inputs.size() + outputs.size() > MAX_OBJECTS) {
            throw invalid(path, "the event names more than " + MAX_OBJECTS + " objects");
        }
        if (v2) {
            EventRulesV2.persistentDisposition(event, context, path);
            EventRulesV2.bizTransactions(event, context, path);
        }
        return new InContext(new EpcisEvent(type, eventTime, action, bizStep, disposition, inputs,
                outputs, quantities, location(f, "bizLocation"), event), context);
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
        if (action.isEmpty() || !EventValueForms.isAction(action.get())) {
            throw invalid(f.pathOf("action"), "action must be ADD, OBSERVE or DELETE");
        }
        return action;
    }

    private static void parent(Rules rules, Fields f, List<String> into, boolean required) {
        Optional<String> parent = epcis(() -> f.optionalString("parentID"));
        if (parent.isEmpty()) {
            if (required) {
                throw invalid(f.pathOf("parentID"), "parentID is required here");
            }
            return;
        }
        into.add(lot(rules.v2(), parent.get(), f.pathOf("parentID")));
    }

    private static void epcs(Rules rules, Fields f, String name, List<String> into) {
        List<JsonValue> values = epcis(() -> f.optionalArray(name));
        for (int i = 0; i < values.size(); i++) {
            String path = f.pathOf(name) + "/" + i;
            addOnce(into, lot(rules.v2(), string(path, values.get(i)), path), path);
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

    /** The lot an object identifier names: itself, or in v2 a Digital Link without its query string. */
    static String lot(boolean v2, String epc, String path) {
        String lot = v2 ? EventRulesV2.lotOf(epc, path) : epc;
        if (!Identifiers.isLot(lot)) {
            throw invalid(path, "\"" + epc + "\" is not an EPC, EPC class, GS1 Digital Link or urn:trazo:lot URI");
        }
        return lot;
    }

    static void addOnce(List<String> lots, String lot, String path) {
        if (lots.contains(lot)) {
            throw invalid(path, lot + " appears twice in the event");
        }
        lots.add(lot);
    }

    /** Reads a member, reporting a shape error as {@link ReasonCode#INVALID_EPCIS} at the member's own path. */
    static <T> T epcis(java.util.function.Supplier<T> read) {
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

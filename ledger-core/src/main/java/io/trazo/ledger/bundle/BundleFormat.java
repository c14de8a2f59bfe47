package io.trazo.ledger.bundle;

import io.trazo.ledger.crypto.Base64Url;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonFormatException;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.log.EvidenceFormatException;
import io.trazo.ledger.log.LogEvidence;
import io.trazo.ledger.record.Identifiers;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The one function that writes bundle bytes, and its strict inverse (see the package description). */
public final class BundleFormat {

    /** The format this class writes; {@link #read} also takes format 2 (its reserved members, shape only). */
    public static final int VERSION = 1;
    public static final int VERSION_2 = 2;
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    public static final int MAX_RECORDS = 10_000;
    private static final StrictJson PARSER = new StrictJson(new StrictJson.Limits(MAX_BYTES, 8));
    private static final Set<String> MEMBERS = Set.of("trazoBundle", "lot", "head", "records", "log");
    /** An operator-period bundle's subject members (§18.1), in place of {@code lot} and {@code head}. */
    private static final Set<String> PERIOD_MEMBERS = Set.of("trazoBundle", "operator", "from", "to", "records", "log");
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private BundleFormat() {}

    public static byte[] write(String lot, Digest head, List<byte[]> recordsInLedgerOrder) {
        return write(lot, head, recordsInLedgerOrder, Optional.empty());
    }

    /**
     * The bundle bytes; {@code log}, when present, is written as the {@code log} member and MUST hold one
     * proof per record, in the order of {@code recordsInLedgerOrder} (not checked here: a verifier does).
     */
    public static byte[] write(String lot, Digest head, List<byte[]> recordsInLedgerOrder, Optional<LogEvidence> log) {
        List<Object> records = new ArrayList<>();
        recordsInLedgerOrder.forEach(w -> records.add(Base64Url.encode(w)));
        JsonObject bundle = log.isPresent()
                ? Json.obj("trazoBundle", VERSION, "lot", lot, "head", head.hex(), "records", records, "log", log.get().toJson())
                : Json.obj("trazoBundle", VERSION, "lot", lot, "head", head.hex(), "records", records);
        return Jcs.canonicalize(bundle);
    }

    /**
     * A format-2 bundle (docs/protocol.md §18, §20.6): format 1 with log evidence and the
     * {@code keyStatusProofs} member {@link KeyStatusEvidence#of} wrote for the same checkpoint.
     */
    public static byte[] writeWithKeyStatus(String lot, Digest head, List<byte[]> recordsInLedgerOrder, LogEvidence log,
            JsonArray keyStatusProofs) {
        List<Object> records = new ArrayList<>();
        recordsInLedgerOrder.forEach(w -> records.add(Base64Url.encode(w)));
        return Jcs.canonicalize(Json.obj("trazoBundle", VERSION_2, "lot", lot, "head", head.hex(), "records", records,
                "log", log.toJson(), "keyStatusProofs", keyStatusProofs));
    }

    /**
     * A format-2 bundle (docs/protocol.md §18) with log evidence and whichever of its two members the exporter
     * has for that checkpoint: {@code keyStatusProofs} (§20.6) and {@code cosignatures} (§19.5, 1 to 64 lines
     * without their final newline). With neither it is the format-1 bundle, so a log without a map or witnesses
     * keeps answering exactly as before.
     */
    public static byte[] write(String lot, Digest head, List<byte[]> recordsInLedgerOrder, LogEvidence log,
            Optional<JsonArray> keyStatusProofs, List<String> cosignatures) {
        if (keyStatusProofs.isEmpty() && cosignatures.isEmpty()) {
            return write(lot, head, recordsInLedgerOrder, Optional.of(log));
        }
        List<Object> records = new ArrayList<>();
        recordsInLedgerOrder.forEach(w -> records.add(Base64Url.encode(w)));
        JsonObject bundle = Json.obj("trazoBundle", VERSION_2, "lot", lot, "head", head.hex(), "records", records,
                "log", log.toJson(), "keyStatusProofs", keyStatusProofs.orElse(null),
                "cosignatures", cosignatures.isEmpty() ? null : List.copyOf(cosignatures));
        return Jcs.canonicalize(bundle);
    }

    /**
     * An operator-period bundle (docs/protocol.md §18.1): always format 2, with {@code operator}, {@code from} and
     * {@code to} in place of {@code lot} and {@code head}, and whichever format-2 members the exporter has.
     */
    public static byte[] writePeriod(OperatorPeriod period, List<byte[]> recordsInLedgerOrder, Optional<LogEvidence> log,
            Optional<JsonArray> keyStatusProofs, List<String> cosignatures) {
        List<Object> records = new ArrayList<>();
        recordsInLedgerOrder.forEach(w -> records.add(Base64Url.encode(w)));
        return Jcs.canonicalize(Json.obj("trazoBundle", VERSION_2, "operator", period.operator(), "from", period.from().toString(),
                "to", period.to().toString(), "records", records, "log", log.map(LogEvidence::toJson).orElse(null),
                "keyStatusProofs", keyStatusProofs.orElse(null), "cosignatures", cosignatures.isEmpty() ? null : List.copyOf(cosignatures)));
    }

    /**
     * Reads a bundle's envelope: size, strict JSON, canonical form, version, members, record encodings.
     *
     * @throws RecordException with the bundle-level reason and a JSON pointer into the bundle
     */
    public static ParsedBundle read(byte[] bytes) {
        JsonValue root;
        try {
            root = PARSER.parse(bytes);
        } catch (JsonFormatException e) {
            throw new RecordException(e.reason() == JsonFormatException.Reason.MALFORMED ? ReasonCode.MALFORMED_JSON
                    : ReasonCode.valueOf(e.reason().name()), e.path(), e.getMessage());
        }
        if (!(root instanceof JsonObject json)) {
            throw new RecordException(ReasonCode.NOT_AN_OBJECT, "", "a bundle is a JSON object");
        }
        if (!Arrays.equals(Jcs.canonicalize(json), bytes)) {
            throw new RecordException(ReasonCode.NON_CANONICAL, "", "bundle bytes are not the RFC 8785 canonical form of their JSON");
        }
        JsonValue version = json.get("trazoBundle").orElseThrow(() -> missing("trazoBundle"));
        boolean format2 = version instanceof JsonNumber n2 && n2.value().compareTo(BigDecimal.valueOf(VERSION_2)) == 0;
        if (!format2 && !(version instanceof JsonNumber n && n.value().compareTo(BigDecimal.valueOf(VERSION)) == 0)) {
            throw new RecordException(ReasonCode.UNKNOWN_BUNDLE_VERSION, "/trazoBundle",
                    "expected " + VERSION + " or " + VERSION_2 + ", got " + version);
        }
        boolean period = format2 && json.has("operator");
        for (String name : json.members().keySet()) {
            if (!(period ? PERIOD_MEMBERS : MEMBERS).contains(name) && !(format2 && ReservedMembers.NAMES.contains(name))) {
                throw new RecordException(ReasonCode.UNKNOWN_FIELD, "/" + name, "unknown bundle member \"" + name + "\"");
            }
        }
        ReservedMembers.check(json);
        if (period) {
            return new ParsedBundle(period(json), records(json), log(json), json.get("keyStatusProofs").map(JsonArray.class::cast));
        }
        String lot = string(json, "lot");
        if (!Identifiers.isLot(lot)) {
            throw new RecordException(ReasonCode.INVALID_FIELD, "/lot", "expected a lot URI, got \"" + lot + "\"");
        }
        String head = string(json, "head");
        if (!HEX.matcher(head).matches()) {
            throw new RecordException(ReasonCode.INVALID_FIELD, "/head", "expected 64 lower-case hex digits");
        }
        return new ParsedBundle(lot, Digest.fromHex(head), records(json), log(json), json.get("keyStatusProofs").map(JsonArray.class::cast));
    }

    private static OperatorPeriod period(JsonObject json) {
        String operator = string(json, "operator");
        String from = string(json, "from");
        String to = string(json, "to");
        try {
            return new OperatorPeriod(operator, date("from", from), date("to", to));
        } catch (PeriodException e) {
            throw new RecordException(ReasonCode.INVALID_FIELD, "/" + e.member(), e.getMessage());
        }
    }

    private static LocalDate date(String member, String value) {
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new RecordException(ReasonCode.INVALID_FIELD, "/" + member, "expected a date YYYY-MM-DD, got \"" + value + "\"");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RecordException(ReasonCode.INVALID_FIELD, "/" + member, "expected a date YYYY-MM-DD, got \"" + value + "\"");
        }
    }

    private static List<byte[]> records(JsonObject json) {
        if (!(json.get("records").orElseThrow(() -> missing("records")) instanceof JsonArray array)) {
            throw new RecordException(ReasonCode.INVALID_FIELD, "/records", "expected an array");
        }
        if (array.elements().isEmpty() || array.elements().size() > MAX_RECORDS) {
            throw new RecordException(ReasonCode.INVALID_FIELD, "/records", "expected 1 to " + MAX_RECORDS + " records");
        }
        List<byte[]> wires = new ArrayList<>();
        for (int i = 0; i < array.elements().size(); i++) {
            if (!(array.elements().get(i) instanceof JsonString s)) {
                throw new RecordException(ReasonCode.INVALID_FIELD, "/records/" + i, "expected a base64url string");
            }
            try {
                wires.add(Base64Url.decode(s.value()));
            } catch (IllegalArgumentException e) {
                throw new RecordException(ReasonCode.INVALID_FIELD, "/records/" + i, e.getMessage());
            }
        }
        return wires;
    }

    private static Optional<LogEvidence> log(JsonObject json) {
        if (!json.has("log")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LogEvidence.fromJson(json.get("log").orElseThrow()));
        } catch (EvidenceFormatException e) {
            throw new RecordException(ReasonCode.LOG_EVIDENCE_MALFORMED, "/log" + e.path(), e.getMessage());
        }
    }

    private static String string(JsonObject json, String name) {
        if (!(json.get(name).orElseThrow(() -> missing(name)) instanceof JsonString s)) {
            throw new RecordException(ReasonCode.INVALID_FIELD, "/" + name, "expected a string");
        }
        return s.value();
    }

    private static RecordException missing(String name) {
        return new RecordException(ReasonCode.MISSING_FIELD, "/" + name, "bundle member \"" + name + "\" is missing");
    }
}

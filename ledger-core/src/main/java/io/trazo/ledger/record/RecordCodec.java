package io.trazo.ledger.record;

import io.trazo.ledger.crypto.CryptoException;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.KeyId;
import io.trazo.ledger.crypto.Signature;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonFormatException;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.RecordJson;
import io.trazo.ledger.encoding.StrictJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads protocol v1 and v2 record envelopes from wire bytes (docs/protocol.md §4).
 *
 * <p>The envelope is closed: exactly the members below, nothing else. Type-specific bodies are
 * checked by the verifier, which knows the registry and policy; this class checks only what any
 * reader needs before it can even name the record.
 */
public final class RecordCodec {

    /** The version Trazo's tools write by default; v1 keeps the golden vectors byte for byte. */
    public static final int VERSION = ProtocolVersion.V1.number();
    /** Largest record accepted on the wire, in bytes. */
    public static final int MAX_RECORD_BYTES = StrictJson.Limits.RECORD.maxBytes();
    public static final int MAX_SIGNATURES = 8;
    public static final int MAX_LINKS = 256;

    static final Set<String> MEMBERS = Set.of("v", "type", "actor", "counterparty", "time", "links", "body", "sigs");
    private static final Set<String> LINK_MEMBERS = Set.of("lot", "prev");
    private static final Set<String> SIG_MEMBERS = Set.of("key", "sig");
    private static final Pattern GOVERNANCE_ACTOR = Pattern.compile(Pattern.quote(Identifiers.GOVERNANCE_ACTOR));

    private RecordCodec() {}

    /**
     * @throws RecordException naming the first problem found; checks run in a fixed order (size, JSON,
     *     version, numbers, members, fields, signatures), so a record always fails for the same reason
     */
    public static SignedRecord parse(byte[] wire) {
        RecordJson read;
        try {
            read = RecordJson.read(wire);
        } catch (JsonFormatException e) {
            throw new RecordException(map(e.reason()), e.path(), e.getMessage(), e);
        }
        if (!(read.value() instanceof JsonObject json)) {
            throw new RecordException(ReasonCode.NOT_AN_OBJECT, "", "a record is a JSON object");
        }
        Fields f = new Fields(json, "");
        ProtocolVersion version = RecordHashing.versionOf(json);
        // v2 takes decimals (RFC 8785 prints them canonically); v1 never did, and never will.
        if (version == ProtocolVersion.V1 && hasFraction(json)) {
            rejectFractions(json, "");
        }
        f.requireOnly(MEMBERS);
        RecordType type = RecordType.fromWire(f.string("type")).orElseThrow(() -> new RecordException(
                ReasonCode.UNKNOWN_TYPE, "/type", "unknown record type \"" + f.string("type") + "\""));
        if (type.since() > version.number()) {
            throw new RecordException(ReasonCode.UNKNOWN_TYPE, "/type", "record type \"" + type.wire() + "\" needs protocol version "
                    + type.since() + ", record says " + version.number());
        }
        String actor = type.governance()
                ? f.string("actor", GOVERNANCE_ACTOR, Identifiers.GOVERNANCE_ACTOR + " for registry records")
                : f.string("actor", Identifiers::isActor, "an actor URI urn:trazo:actor:<name>");
        Optional<String> counterparty = f.optionalString("counterparty");
        if (counterparty.isPresent()) {
            Fields.requireForm(counterparty.get(), Identifiers.ACTOR, "an actor URI", "/counterparty");
            if (type != RecordType.EVENT || counterparty.get().equals(actor)) {
                throw new RecordException(ReasonCode.INVALID_FIELD, "/counterparty",
                        "a counterparty is another actor taking part in an event");
            }
        }
        List<Link> links = links(f, type);
        Fields body = f.object("body");
        List<SignatureEntry> sigs = signatures(f);
        // bytes read as canonical already hold the hashed form; others are written in it here
        boolean canonical = read.shownCanonical();
        Digest hash;
        if (canonical) {
            hash = RecordHashing.recordHash(version, read);
        } else {
            byte[] unsigned = RecordHashing.unsignedCanonicalBytes(json);
            canonical = CanonicalWire.matches(wire, unsigned, Jcs.canonicalize(json.members().get(RecordHashing.SIGNATURES_MEMBER)));
            hash = RecordHashing.recordHash(version, unsigned);
        }
        return new SignedRecord(wire.clone(), json, version, type, actor, counterparty.orElse(null), RecordTimes.parse(f, "time", version), links,
                body.object(), sigs, hash, canonical);
    }

    private static List<Link> links(Fields f, RecordType type) {
        List<JsonValue> raw = f.optionalArray("links");
        if (raw.size() > MAX_LINKS) {
            throw new RecordException(ReasonCode.INVALID_FIELD, "/links", raw.size() + " links, limit is " + MAX_LINKS);
        }
        if (type != RecordType.EVENT && !raw.isEmpty()) {
            throw new RecordException(ReasonCode.INVALID_FIELD, "/links", "only event records link to lot heads");
        }
        List<Link> links = new ArrayList<>(raw.size());
        Set<String> lots = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            Fields link = Fields.of(raw.get(i), "/links/" + i);
            link.requireOnly(LINK_MEMBERS);
            String lot = link.string("lot", Identifiers::isLot, "an EPC, EPC class, GS1 Digital Link or urn:trazo:lot URI");
            if (!lots.add(lot)) {
                throw new RecordException(ReasonCode.DUPLICATE_LINK, link.pathOf("lot"), "lot " + lot + " is linked twice");
            }
            links.add(new Link(lot, link.digest("prev")));
        }
        return links;
    }

    private static List<SignatureEntry> signatures(Fields f) {
        if (f.optional(RecordHashing.SIGNATURES_MEMBER).isEmpty()) {
            throw new RecordException(ReasonCode.NO_SIGNATURE, "/sigs", "the record carries no signature");
        }
        List<JsonValue> raw = f.array(RecordHashing.SIGNATURES_MEMBER);
        if (raw.isEmpty()) {
            throw new RecordException(ReasonCode.NO_SIGNATURE, "/sigs", "the record carries no signature");
        }
        if (raw.size() > MAX_SIGNATURES) {
            throw new RecordException(ReasonCode.TOO_MANY_SIGNATURES, "/sigs", raw.size() + " signatures, limit is " + MAX_SIGNATURES);
        }
        List<SignatureEntry> out = new ArrayList<>(raw.size());
        Set<KeyId> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            Fields s = Fields.of(raw.get(i), "/sigs/" + i);
            s.requireOnly(SIG_MEMBERS);
            KeyId keyId;
            try {
                keyId = new KeyId(s.string("key"));
            } catch (IllegalArgumentException e) {
                throw new RecordException(ReasonCode.MALFORMED_KEY_ID, s.pathOf("key"), e.getMessage());
            }
            if (!seen.add(keyId)) {
                throw new RecordException(ReasonCode.DUPLICATE_SIGNATURE, s.pathOf("key"), "key " + keyId + " signs twice");
            }
            out.add(new SignatureEntry(keyId, signature(s)));
        }
        return out;
    }

    private static Signature signature(Fields s) {
        String text = s.string("sig");
        byte[] bytes;
        try {
            bytes = io.trazo.ledger.crypto.Base64Url.decode(text);
        } catch (IllegalArgumentException e) {
            throw new RecordException(ReasonCode.NON_CANONICAL_SIGNATURE_ENCODING, s.pathOf("sig"),
                    "signature is not canonical unpadded base64url: " + e.getMessage());
        }
        try {
            return Signature.of(bytes);
        } catch (CryptoException e) {
            throw new RecordException(ReasonCode.BAD_SIGNATURE_LENGTH, s.pathOf("sig"), e.getMessage());
        }
    }

    /**
     * Whether {@link #rejectFractions} would refuse {@code value}. Valid records have no fraction,
     * so the walk that builds a JSON pointer for every node runs only to report one.
     */
    private static boolean hasFraction(JsonValue value) {
        if (value instanceof JsonNumber n) {
            return !n.integral();
        }
        if (value instanceof JsonObject o) {
            for (JsonValue member : o.members().values()) {
                if (hasFraction(member)) {
                    return true;
                }
            }
        } else if (value instanceof JsonArray a) {
            for (JsonValue element : a.elements()) {
                if (hasFraction(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Signed content holds no binary floating point: every number must be a safe integer. */
    private static void rejectFractions(JsonValue value, String path) {
        if (value instanceof JsonNumber n && !n.integral()) {
            throw new RecordException(ReasonCode.FLOAT_NOT_ALLOWED, path,
                    "number " + n.value() + " is not an integer; write exact decimals as strings or use a smaller unit");
        } else if (value instanceof JsonObject o) {
            for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
                rejectFractions(e.getValue(), path + "/" + e.getKey());
            }
        } else if (value instanceof JsonArray a) {
            for (int i = 0; i < a.elements().size(); i++) {
                rejectFractions(a.elements().get(i), path + "/" + i);
            }
        }
    }

    static ReasonCode map(JsonFormatException.Reason reason) {
        return switch (reason) {
            case TOO_LARGE -> ReasonCode.TOO_LARGE;
            case INVALID_UTF8 -> ReasonCode.INVALID_UTF8;
            case MALFORMED -> ReasonCode.MALFORMED_JSON;
            case TRAILING_DATA -> ReasonCode.TRAILING_DATA;
            case TOO_DEEP -> ReasonCode.TOO_DEEP;
            case DUPLICATE_KEY -> ReasonCode.DUPLICATE_KEY;
            case LONE_SURROGATE -> ReasonCode.LONE_SURROGATE;
            case UNSAFE_INTEGER -> ReasonCode.UNSAFE_INTEGER;
            case NUMBER_OUT_OF_RANGE -> ReasonCode.NUMBER_OUT_OF_RANGE;
        };
    }
}

package io.trazo.ledger.registry;

import io.trazo.ledger.crypto.CryptoException;
import io.trazo.ledger.crypto.KeyId;
import io.trazo.ledger.crypto.PublicKey;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.record.Fields;
import io.trazo.ledger.record.Identifiers;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the bodies of actor, key and revocation records (docs/protocol.md §Registry records). */
public final class RegistryRecords {

    private static final Set<String> ACTOR_MEMBERS = Set.of("id", "name", "roles", "attributes");
    private static final Set<String> KEY_MEMBERS = Set.of("keyId", "actor", "publicKey", "validFrom", "validUntil");
    private static final Set<String> REVOCATION_MEMBERS = Set.of("keyId", "revokedAt", "reason");
    private static final Pattern NAME = Pattern.compile("\\S(?:.{0,198}\\S)?");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");
    private static final Pattern REVOCATION_REASON = Pattern.compile("compromised|superseded|retired");
    private static final int MAX_ATTRIBUTES = 32;
    private static final Pattern GS1_PREFIXES = Pattern.compile("[0-9]{6,12}(?: [0-9]{6,12}){0,15}");
    private static final Set<String> DELEGATION_MEMBERS = Set.of("namespace", "delegate", "validFrom", "validUntil");
    private static final Pattern DELEGATED_NAMESPACE = Pattern.compile(
            "urn:trazo:lot:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?|gs1:[0-9]{6,12}");

    private RegistryRecords() {}

    /** A v2 {@code delegation} body (docs/protocol.md §8.8). */
    public static DelegationEntry delegation(SignedRecord record) {
        Fields body = body(record, RecordType.DELEGATION, DELEGATION_MEMBERS);
        String namespace = body.string("namespace", DELEGATED_NAMESPACE, "urn:trazo:lot:<name> or gs1:<6 to 12 digits>");
        String delegate = body.string("delegate", Identifiers.ACTOR, "an actor URI urn:trazo:actor:<name>");
        Instant from = body.time("validFrom");
        Optional<Instant> until = body.optional("validUntil").isPresent() ? Optional.of(body.time("validUntil")) : Optional.empty();
        if (until.isPresent() && !until.get().isAfter(from)) {
            throw new RecordException(ReasonCode.INVALID_FIELD, body.pathOf("validUntil"), "validUntil must be after validFrom");
        }
        return new DelegationEntry(namespace, delegate, from, until, record.hash());
    }

    public static ActorEntry actor(SignedRecord record) {
        Fields body = body(record, RecordType.ACTOR, ACTOR_MEMBERS);
        String id = body.string("id", Identifiers.ACTOR, "an actor URI urn:trazo:actor:<name>");
        String name = body.string("name", NAME, "a display name of 1 to 200 characters");
        List<JsonValue> rawRoles = body.array("roles");
        if (rawRoles.isEmpty()) {
            throw new RecordException(ReasonCode.INVALID_FIELD, body.pathOf("roles"), "an actor has at least one role");
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < rawRoles.size(); i++) {
            String path = body.pathOf("roles") + "/" + i;
            String wire = Fields.asString(rawRoles.get(i), path);
            Role role = Role.fromWire(wire).orElseThrow(() -> new RecordException(ReasonCode.INVALID_FIELD, path,
                    "unknown role \"" + wire + "\""));
            if (!roles.add(role)) {
                throw new RecordException(ReasonCode.INVALID_FIELD, path, "role \"" + wire + "\" is listed twice");
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        Optional<Fields> attrs = body.optionalObject("attributes");
        if (attrs.isPresent()) {
            Map<String, JsonValue> members = attrs.get().object().members();
            if (members.size() > MAX_ATTRIBUTES) {
                throw new RecordException(ReasonCode.INVALID_FIELD, attrs.get().path(), "at most " + MAX_ATTRIBUTES + " attributes");
            }
            members.forEach((k, v) -> {
                Fields.requireForm(k, ATTRIBUTE_NAME, "a camelCase attribute name", attrs.get().pathOf(k));
                if (!(v instanceof JsonString s) || s.value().length() > 200) {
                    throw new RecordException(ReasonCode.INVALID_FIELD, attrs.get().pathOf(k), "attribute values are strings of at most 200 characters");
                }
                // v2 gives this attribute meaning (lot owners, §11), so v2 holds it to its form; v1 never read it
                if (k.equals(LotOwnership.PREFIXES_ATTRIBUTE) && record.version() != ProtocolVersion.V1
                        && !GS1_PREFIXES.matcher(s.value()).matches()) {
                    throw new RecordException(ReasonCode.INVALID_FIELD, attrs.get().pathOf(k),
                            "GS1 company prefixes of 6 to 12 digits, separated by single spaces");
                }
                attributes.put(k, s.value());
            });
        }
        Set<String> prefixes = record.version() == ProtocolVersion.V1 || !attributes.containsKey(LotOwnership.PREFIXES_ATTRIBUTE)
                ? Set.of() : Set.copyOf(List.of(attributes.get(LotOwnership.PREFIXES_ATTRIBUTE).split(" ")));
        return new ActorEntry(id, name, roles, attributes, record.time(), record.hash(), prefixes);
    }

    public static KeyEntry key(SignedRecord record) {
        Fields body = body(record, RecordType.KEY, KEY_MEMBERS);
        KeyId keyId = keyId(body);
        PublicKey publicKey;
        try {
            publicKey = PublicKey.fromBase64Url(body.string("publicKey"));
        } catch (CryptoException e) {
            throw new RecordException(ReasonCode.INVALID_FIELD, body.pathOf("publicKey"), e.getMessage());
        }
        KeyBinding binding = binding(body, keyId, publicKey.keyId(), record);
        return new KeyEntry(keyId, publicKey, binding.actor(), binding.validFrom(), binding.validUntil(), record.hash());
    }

    /**
     * A key record's body with every rule of {@link #key} but one: the public key's 32 bytes are not
     * validated as a point (docs/protocol.md §20.2: the status map's fold reads only the encoding, because
     * a full point validation costs about a signature check and acceptance already made it).
     */
    public static KeyBinding keyBinding(SignedRecord record) {
        Fields body = body(record, RecordType.KEY, KEY_MEMBERS);
        KeyId keyId = keyId(body);
        KeyId derived;
        try {
            derived = KeyId.ofEncoded(body.string("publicKey"));
        } catch (CryptoException e) {
            throw new RecordException(ReasonCode.INVALID_FIELD, body.pathOf("publicKey"), e.getMessage());
        }
        return binding(body, keyId, derived, record);
    }

    private static KeyBinding binding(Fields body, KeyId keyId, KeyId derived, SignedRecord record) {
        if (!derived.equals(keyId)) {
            throw new RecordException(ReasonCode.INVALID_FIELD, body.pathOf("keyId"),
                    "expected " + derived + " for this public key, got " + keyId);
        }
        String actor = body.string("actor", Identifiers.ACTOR, "an actor URI");
        Instant validFrom = body.time("validFrom");
        Optional<Instant> validUntil = body.optionalTime("validUntil");
        if (validUntil.isPresent() && !validUntil.get().isAfter(validFrom)) {
            throw new RecordException(ReasonCode.INVALID_FIELD, body.pathOf("validUntil"), "validUntil must be after validFrom");
        }
        return new KeyBinding(keyId, actor, validFrom, validUntil, record.hash());
    }

    public static RevocationEntry revocation(SignedRecord record) {
        Fields body = body(record, RecordType.REVOCATION, REVOCATION_MEMBERS);
        return new RevocationEntry(keyId(body), body.time("revokedAt"),
                body.string("reason", REVOCATION_REASON, "compromised, superseded or retired"), record.hash());
    }

    private static KeyId keyId(Fields body) {
        try {
            return new KeyId(body.string("keyId"));
        } catch (IllegalArgumentException e) {
            throw new RecordException(ReasonCode.INVALID_FIELD, body.pathOf("keyId"), e.getMessage());
        }
    }

    private static Fields body(SignedRecord record, RecordType expected, Set<String> members) {
        if (record.type() != expected) {
            throw new IllegalArgumentException("expected a " + expected.wire() + " record, got " + record.type().wire());
        }
        Fields body = new Fields(record.body(), "/body");
        body.requireOnly(members);
        return body;
    }
}

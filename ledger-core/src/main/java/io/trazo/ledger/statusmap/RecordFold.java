package io.trazo.ledger.statusmap;

import io.trazo.ledger.claim.CertificateStatuses;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.registry.ActorEntry;
import io.trazo.ledger.registry.DelegationEntry;
import io.trazo.ledger.registry.KeyBinding;
import io.trazo.ledger.registry.RegistryRecords;
import io.trazo.ledger.registry.RevocationEntry;
import io.trazo.ledger.registry.Role;
import io.trazo.ledger.record.SignedRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How each record type changes the map (docs/protocol.md §20.2). Where the registry says a second entry
 * for a name is a conflict, the first one stays: the log holds accepted records only, so that case never
 * arises in an honest log, and a replayer must still get a defined answer.
 *
 * <p>A record changes at most one entry, and reads the entries through a look-up, so the persistent map
 * ({@link StatusMap#apply}) and the bulk replay ({@link StatusMap#replay}) share one definition of §20.2.
 */
final class RecordFold {

    /** The entry a record sets: its key and its whole new value. */
    record Change(MapKey key, JsonObject value) {}

    private RecordFold() {}

    static Optional<Change> change(Function<MapKey, Optional<JsonObject>> entries, SignedRecord record) {
        return switch (record.type()) {
            case ACTOR -> actor(entries, record);
            case KEY -> key(entries, record);
            case REVOCATION -> revocation(entries, record);
            case CERTIFICATE -> certificate(entries, record);
            case CERTIFICATE_STATUS -> certificateStatus(entries, record);
            case DELEGATION -> delegation(entries, record);
            case EVENT, PLOT, LOCATION, AUDIT_REPORT -> Optional.empty();
        };
    }

    private static Optional<Change> actor(Function<MapKey, Optional<JsonObject>> entries, SignedRecord record) {
        ActorEntry actor = RegistryRecords.actor(record);
        MapKey key = MapKey.of(SubjectKind.ACTOR, actor.id());
        if (entries.apply(key).isPresent()) {
            return Optional.empty();
        }
        List<String> roles = actor.roles().stream().map(Role::wire).sorted().toList();
        return Optional.of(new Change(key, Json.obj("actor", actor.id(), "record", record.hash().hex(), "roles", roles)));
    }

    private static Optional<Change> key(Function<MapKey, Optional<JsonObject>> entries, SignedRecord record) {
        // the encoding, not the point (§20.2): a full validation here cost half of a replay's CPU
        KeyBinding entry = RegistryRecords.keyBinding(record);
        MapKey key = MapKey.of(SubjectKind.KEY, entry.keyId().value());
        if (entries.apply(key).isPresent()) {
            return Optional.empty();
        }
        JsonValue roles = entries.apply(MapKey.of(SubjectKind.ACTOR, entry.actor())).flatMap(a -> a.get("roles")).orElse(Json.arr());
        return Optional.of(new Change(key, Json.obj("actor", entry.actor(), "key", record.hash().hex(), "roles", roles)));
    }

    private static Optional<Change> revocation(Function<MapKey, Optional<JsonObject>> entries, SignedRecord record) {
        RevocationEntry revocation = RegistryRecords.revocation(record);
        MapKey key = MapKey.of(SubjectKind.KEY, revocation.keyId().value());
        Optional<JsonObject> entry = entries.apply(key);
        if (entry.isEmpty() || entry.get().has("revocation")) {
            return Optional.empty();
        }
        JsonObject revoked = Json.obj("reason", revocation.reason(), "record", record.hash().hex(),
                "revokedAt", bodyString(record, "revokedAt"));
        return Optional.of(new Change(key, with(entry.get(), "revocation", revoked)));
    }

    private static Optional<Change> certificate(Function<MapKey, Optional<JsonObject>> entries, SignedRecord record) {
        MapKey key = MapKey.of(SubjectKind.CERTIFICATE, record.hash().hex());
        if (entries.apply(key).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Change(key, Json.obj("certificate", record.hash().hex(), "certifier", record.actor(), "status", "active")));
    }

    private static Optional<Change> certificateStatus(Function<MapKey, Optional<JsonObject>> entries, SignedRecord record) {
        CertificateStatuses.CertificateStatus status = CertificateStatuses.read(record);
        MapKey key = MapKey.of(SubjectKind.CERTIFICATE, status.certificate().hex());
        Optional<JsonObject> entry = entries.apply(key);
        if (entry.isEmpty() || !entry.get().get("certifier").equals(Optional.of(new JsonString(record.actor())))) {
            return Optional.empty();
        }
        List<JsonValue> history = new ArrayList<>(entry.get().get("history").map(h -> ((JsonArray) h).elements()).orElse(List.of()));
        history.add(Json.obj("effectiveFrom", bodyString(record, "effectiveFrom"), "record", record.hash().hex(),
                "status", status.status()));
        JsonObject updated = with(with(entry.get(), "history", new JsonArray(history)), "status", new JsonString(status.status()));
        return Optional.of(new Change(key, updated));
    }

    private static Optional<Change> delegation(Function<MapKey, Optional<JsonObject>> entries, SignedRecord record) {
        DelegationEntry delegation = RegistryRecords.delegation(record);
        MapKey key = MapKey.of(SubjectKind.NAMESPACE, delegation.namespace());
        List<JsonValue> delegations = new ArrayList<>(entries.apply(key).flatMap(e -> e.get("delegations"))
                .map(d -> ((JsonArray) d).elements()).orElse(List.of()));
        JsonString delegate = new JsonString(delegation.delegate());
        if (delegations.stream().anyMatch(d -> ((JsonObject) d).get("delegate").equals(Optional.of(delegate)))) {
            return Optional.empty();
        }
        delegations.add(Json.obj("delegate", delegation.delegate(), "record", record.hash().hex(),
                "validFrom", bodyString(record, "validFrom"),
                "validUntil", record.body().get("validUntil").orElse(null)));
        delegations.sort(Comparator.comparing(d -> ((JsonString) ((JsonObject) d).get("record").orElseThrow()).value()));
        return Optional.of(new Change(key, Json.obj("namespace", delegation.namespace(), "delegations", new JsonArray(delegations))));
    }

    /** Times enter values as the record's body writes them, so a replayer in any language gets the same bytes. */
    private static String bodyString(SignedRecord record, String member) {
        return ((JsonString) record.body().get(member).orElseThrow()).value();
    }

    private static JsonObject with(JsonObject object, String name, JsonValue value) {
        Map<String, JsonValue> members = new LinkedHashMap<>(object.members());
        members.put(name, value);
        return new JsonObject(members);
    }
}

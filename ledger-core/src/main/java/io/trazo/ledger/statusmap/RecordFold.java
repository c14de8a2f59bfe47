package io.trazo.ledger.statusmap;

import io.trazo.ledger.claim.CertificateStatuses;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.registry.ActorEntry;
import io.trazo.ledger.registry.DelegationEntry;
import io.trazo.ledger.registry.KeyEntry;
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

/**
 * How each record type changes the map (docs/protocol.md §20.2). Where the registry says a second entry
 * for a name is a conflict, the first one stays: the log holds accepted records only, so that case never
 * arises in an honest log, and a replayer must still get a defined answer.
 */
final class RecordFold {

    private RecordFold() {}

    static StatusMap apply(StatusMap map, SignedRecord record) {
        return switch (record.type()) {
            case ACTOR -> actor(map, record);
            case KEY -> key(map, record);
            case REVOCATION -> revocation(map, record);
            case CERTIFICATE -> certificate(map, record);
            case CERTIFICATE_STATUS -> certificateStatus(map, record);
            case DELEGATION -> delegation(map, record);
            case EVENT, PLOT, LOCATION, AUDIT_REPORT -> map;
        };
    }

    private static StatusMap actor(StatusMap map, SignedRecord record) {
        ActorEntry actor = RegistryRecords.actor(record);
        MapKey key = MapKey.of(SubjectKind.ACTOR, actor.id());
        if (map.get(key).isPresent()) {
            return map;
        }
        List<String> roles = actor.roles().stream().map(Role::wire).sorted().toList();
        return map.with(key, Json.obj("actor", actor.id(), "record", record.hash().hex(), "roles", roles));
    }

    private static StatusMap key(StatusMap map, SignedRecord record) {
        KeyEntry entry = RegistryRecords.key(record);
        MapKey key = MapKey.of(SubjectKind.KEY, entry.keyId().value());
        if (map.get(key).isPresent()) {
            return map;
        }
        JsonValue roles = map.get(MapKey.of(SubjectKind.ACTOR, entry.actor())).flatMap(a -> a.get("roles")).orElse(Json.arr());
        return map.with(key, Json.obj("actor", entry.actor(), "key", record.hash().hex(), "roles", roles));
    }

    private static StatusMap revocation(StatusMap map, SignedRecord record) {
        RevocationEntry revocation = RegistryRecords.revocation(record);
        MapKey key = MapKey.of(SubjectKind.KEY, revocation.keyId().value());
        Optional<JsonObject> entry = map.get(key);
        if (entry.isEmpty() || entry.get().has("revocation")) {
            return map;
        }
        JsonObject revoked = Json.obj("reason", revocation.reason(), "record", record.hash().hex(),
                "revokedAt", bodyString(record, "revokedAt"));
        return map.with(key, with(entry.get(), "revocation", revoked));
    }

    private static StatusMap certificate(StatusMap map, SignedRecord record) {
        MapKey key = MapKey.of(SubjectKind.CERTIFICATE, record.hash().hex());
        if (map.get(key).isPresent()) {
            return map;
        }
        return map.with(key, Json.obj("certificate", record.hash().hex(), "certifier", record.actor(), "status", "active"));
    }

    private static StatusMap certificateStatus(StatusMap map, SignedRecord record) {
        CertificateStatuses.CertificateStatus status = CertificateStatuses.read(record);
        MapKey key = MapKey.of(SubjectKind.CERTIFICATE, status.certificate().hex());
        Optional<JsonObject> entry = map.get(key);
        if (entry.isEmpty() || !entry.get().get("certifier").equals(Optional.of(new JsonString(record.actor())))) {
            return map;
        }
        List<JsonValue> history = new ArrayList<>(entry.get().get("history").map(h -> ((JsonArray) h).elements()).orElse(List.of()));
        history.add(Json.obj("effectiveFrom", bodyString(record, "effectiveFrom"), "record", record.hash().hex(),
                "status", status.status()));
        JsonObject updated = with(with(entry.get(), "history", new JsonArray(history)), "status", new JsonString(status.status()));
        return map.with(key, updated);
    }

    private static StatusMap delegation(StatusMap map, SignedRecord record) {
        DelegationEntry delegation = RegistryRecords.delegation(record);
        MapKey key = MapKey.of(SubjectKind.NAMESPACE, delegation.namespace());
        List<JsonValue> delegations = new ArrayList<>(map.get(key).flatMap(e -> e.get("delegations"))
                .map(d -> ((JsonArray) d).elements()).orElse(List.of()));
        JsonString delegate = new JsonString(delegation.delegate());
        if (delegations.stream().anyMatch(d -> ((JsonObject) d).get("delegate").equals(Optional.of(delegate)))) {
            return map;
        }
        delegations.add(Json.obj("delegate", delegation.delegate(), "record", record.hash().hex(),
                "validFrom", bodyString(record, "validFrom"),
                "validUntil", record.body().get("validUntil").orElse(null)));
        delegations.sort(Comparator.comparing(d -> ((JsonString) ((JsonObject) d).get("record").orElseThrow()).value()));
        return map.with(key, Json.obj("namespace", delegation.namespace(), "delegations", new JsonArray(delegations)));
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

package io.trazo.cli;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RegistryRecords;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "actor", description = "Register an actor: its URI, display name and roles (docs/protocol.md §8.2).")
final class RegisterActorCommand extends GovernanceSigning {

    @Option(names = "--id", required = true, description = "Actor URI, urn:trazo:actor:<name>.")
    String id;

    @Option(names = "--name", required = true, description = "Display name.")
    String name;

    @Option(names = "--role", required = true, description = "A role (repeat for several): farm, cooperative, mill, exporter, "
            + "forwarder, carrier, importer, customs_broker, roaster, retailer, certifier.")
    List<String> roles;

    @Option(names = "--attribute", description = "Self-description, name=value (repeatable), e.g. country=CO.")
    Map<String, String> attributes;

    @Override
    RecordType type() {
        return RecordType.ACTOR;
    }

    @Override
    JsonObject body(Instant time) {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("id", new JsonString(id));
        m.put("name", new JsonString(name));
        m.put("roles", new JsonArray(roles.stream().<JsonValue>map(JsonString::new).toList()));
        if (attributes != null && !attributes.isEmpty()) {
            Map<String, JsonValue> a = new LinkedHashMap<>();
            attributes.forEach((k, v) -> a.put(k, new JsonString(v)));
            m.put("attributes", new JsonObject(a));
        }
        return new JsonObject(m);
    }

    @Override
    void check(SignedRecord record) {
        RegistryRecords.actor(record);
    }
}

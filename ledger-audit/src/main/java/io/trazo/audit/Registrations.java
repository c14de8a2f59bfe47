package io.trazo.audit;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the audit needs from governance {@code actor} records: names, countries and roles, as of the
 * records folded so far (in log order, that is the registry at the time of the record being folded).
 */
final class Registrations {

    record Actor(String id, String name, Set<String> roles, Optional<String> country) {}

    private final Map<String, Actor> actors = new HashMap<>();

    void add(AuditRecord record) {
        JsonObject body = record.body();
        String id = CertificateStatus.string(body, "id");
        Set<String> roles = body.get("roles").filter(JsonArray.class::isInstance).map(JsonArray.class::cast)
                .map(a -> a.elements().stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value())
                        .collect(Collectors.toSet())).orElse(Set.of());
        Optional<String> country = body.get("attributes").filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .flatMap(a -> a.get("country")).filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
        actors.put(id, new Actor(id, CertificateStatus.string(body, "name"), roles, country));
    }

    boolean certifier(String actor) {
        return Optional.ofNullable(actors.get(actor)).map(a -> a.roles().contains("certifier")).orElse(false);
    }

    Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }
}

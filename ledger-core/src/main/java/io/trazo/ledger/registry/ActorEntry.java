package io.trazo.ledger.registry;

import io.trazo.ledger.crypto.Digest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A registered actor. {@code attributes} holds self-descriptive, non-normative facts such as the
 * country or a women-led flag; claims that matter for audits are certificates, not attributes.
 */
public record ActorEntry(String id, String name, Set<Role> roles, Map<String, String> attributes,
        Instant registeredAt, Digest recordHash) {

    public ActorEntry {
        roles = Set.copyOf(EnumSet.copyOf(roles));
        attributes = Map.copyOf(attributes);
    }

    public boolean hasAnyRole(Set<Role> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }
}

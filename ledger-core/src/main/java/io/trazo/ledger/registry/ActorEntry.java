package io.trazo.ledger.registry;

import io.trazo.ledger.crypto.Digest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A registered actor. {@code attributes} holds self-descriptive, non-normative facts such as the
 * country or a women-led flag; claims that matter for audits are certificates, not attributes.
 *
 * @param gs1CompanyPrefixes the GS1 company prefixes the actor owns (docs/protocol.md §8.7, §11): those
 *     a v2 actor record lists in {@code gs1CompanyPrefixes}; empty for a v1 record, whose attribute of
 *     that name is free text that v1 never gave a meaning, so it cannot grant lots after the fact
 */
public record ActorEntry(String id, String name, Set<Role> roles, Map<String, String> attributes,
        Instant registeredAt, Digest recordHash, Set<String> gs1CompanyPrefixes) {

    public ActorEntry {
        roles = Set.copyOf(EnumSet.copyOf(roles));
        attributes = Map.copyOf(attributes);
        gs1CompanyPrefixes = Set.copyOf(gs1CompanyPrefixes);
    }

    public boolean hasAnyRole(Set<Role> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }
}

package io.trazo.ledger.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may open a lot (docs/protocol.md §11, "Lot owners", protocol v2): the actor whose namespace it
 * is. An actor owns {@code urn:trazo:lot:<its name>}, every GS1 company prefix that its governance-signed
 * v2 actor record lists in the attribute {@value #PREFIXES_ATTRIBUTE}, and every namespace a
 * {@code delegation} record grants it at the record's time.
 */
public final class LotOwnership {

    /** Actor attribute holding the actor's GS1 company prefixes, separated by single spaces. */
    public static final String PREFIXES_ATTRIBUTE = "gs1CompanyPrefixes";

    private LotOwnership() {}

    /** Empty when {@code actor} may open {@code lot} at {@code time}; otherwise why not, for a person. */
    public static Optional<String> refusal(String lot, String actor, Instant time, RegistryView registry) {
        List<String> namespaces = LotNamespaces.candidates(lot);
        if (namespaces.isEmpty()) {
            return Optional.of("lot " + lot + " has no namespace an actor can own (urn:trazo:lot:NAME or a GS1 company prefix)");
        }
        Set<String> listed = registry.actor(actor).map(ActorEntry::gs1CompanyPrefixes).orElse(Set.of());
        for (String ns : namespaces) {
            if (ns.equals(LotNamespaces.ownNamespace(actor))
                    || ns.startsWith(LotNamespaces.GS1) && listed.contains(ns.substring(LotNamespaces.GS1.length()))
                    || registry.delegation(ns, actor).filter(d -> d.validAt(time)).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.of("lot " + lot + " is in namespace " + String.join(" or ", namespaces) + ", which " + actor
                + " neither owns nor holds by delegation at " + time);
    }
}

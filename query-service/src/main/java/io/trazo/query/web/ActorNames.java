package io.trazo.query.web;

import io.trazo.ledger.record.Identifiers;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.registry.RegistryRecords;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LedgerReader.RegistryKind;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Actors' registered display names, as {@code /actors/{actor}} gives them but without its scan of the key
 * registry. A name is remembered once found: the registry binds an actor id once (its {@code ACTOR:} binding
 * is unique), so a found name never changes. Misses are not remembered, so an actor registered later is found.
 */
@Component
class ActorNames {

    private static final int MAX_REMEMBERED = 100_000;

    private final LedgerReader reader;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    ActorNames(LedgerReader reader) {
        this.reader = reader;
    }

    Optional<String> of(String actor) {
        String known = names.get(actor);
        if (known != null || actor == null || !Identifiers.ACTOR.matcher(actor).matches()) {
            return Optional.ofNullable(known);
        }
        Optional<String> found = reader.bound(RegistryKind.ACTOR, actor).flatMap(reader::record)
                .map(r -> RegistryRecords.actor(RecordCodec.parse(r.wire())).name());
        if (found.isPresent() && names.size() < MAX_REMEMBERED) {
            names.put(actor, found.get());
        }
        return found;
    }
}

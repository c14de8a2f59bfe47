package io.trazo.query.web;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.Identifiers;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.registry.ActorEntry;
import io.trazo.ledger.registry.KeyEntry;
import io.trazo.ledger.registry.RegistryRecords;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LedgerReader.RegistryKind;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.query.QueryProperties;
import io.trazo.mongo.LedgerQueries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Actors and their keys, from the registry bindings (ACTOR:, KEY:, REVOCATION: ids). */
@RestController
class ActorController {

    private static final int MAX_KEYS_SCANNED = 100_000;
    private final LedgerReader reader;
    private final LedgerQueries queries;
    private final int maxPage;

    ActorController(LedgerReader reader, LedgerQueries queries, QueryProperties properties) {
        this.reader = reader;
        this.queries = queries;
        this.maxPage = properties.maxPageSize();
    }

    record ActorView(String id, String name, List<String> roles, Map<String, String> attributes, String registeredAt, String record,
            List<KeyView> keys) {}

    record KeyView(String keyId, String publicKey, String validFrom, String validUntil, String revokedAt, String revocationReason,
            String record) {}

    record ActorPage(List<ActorView> actors, String next) {}

    /** Each actor with its keys, as {@code /actors/{actor}} shows it: one pass over the key registry per page. */
    @GetMapping("/actors")
    ActorPage actors(@RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        int n = Params.limit("limit", limit, maxPage);
        List<Digest> docs = List.copyOf(queries.registryRange(RegistryKind.ACTOR, after == null ? "" : after, n + 1).values());
        List<StoredRecord> records = new ArrayList<>();
        for (Digest d : docs.subList(0, Math.min(n, docs.size()))) {
            reader.record(d).ifPresent(records::add);
        }
        List<ActorEntry> actors = records.stream().map(r -> RegistryRecords.actor(RecordCodec.parse(r.wire()))).toList();
        Map<String, List<KeyView>> keys = keysOf(actors.stream().map(ActorEntry::id).collect(Collectors.toSet()));
        List<ActorView> out = actors.stream().map(a -> view(a, keys.getOrDefault(a.id(), List.of()))).toList();
        return new ActorPage(out, docs.size() > n ? out.get(out.size() - 1).id() : null);
    }

    @GetMapping("/actors/{actor}")
    ActorView actor(@PathVariable String actor) {
        if (!Identifiers.ACTOR.matcher(actor).matches()) {
            throw BadParameterException.of("actor", "expected an actor URI urn:trazo:actor:<name>");
        }
        StoredRecord record = reader.bound(RegistryKind.ACTOR, actor).flatMap(reader::record)
                .orElseThrow(() -> NotFoundException.actor(actor));
        return view(RegistryRecords.actor(RecordCodec.parse(record.wire())), keysOf(Set.of(actor)).getOrDefault(actor, List.of()));
    }

    /** Key bindings name the key, not the actor, so finding an actor's keys reads the key registry. */
    private Map<String, List<KeyView>> keysOf(Set<String> actors) {
        Map<String, List<KeyView>> keys = new HashMap<>();
        for (Digest d : queries.registryRange(RegistryKind.KEY, "", MAX_KEYS_SCANNED).values()) {
            reader.record(d).map(r -> RegistryRecords.key(RecordCodec.parse(r.wire())))
                    .filter(k -> actors.contains(k.actor()))
                    .ifPresent(k -> keys.computeIfAbsent(k.actor(), a -> new ArrayList<>()).add(key(k)));
        }
        return keys;
    }

    private KeyView key(KeyEntry k) {
        var revocation = reader.bound(RegistryKind.REVOCATION, k.keyId().value()).flatMap(reader::record)
                .map(r -> RegistryRecords.revocation(RecordCodec.parse(r.wire())));
        return new KeyView(k.keyId().value(), k.publicKey().base64Url(), k.validFrom().toString(), k.validUntil().map(Object::toString).orElse(null),
                revocation.map(r -> r.revokedAt().toString()).orElse(null), revocation.map(r -> r.reason()).orElse(null), k.recordHash().hex());
    }

    private static ActorView view(ActorEntry a, List<KeyView> keys) {
        return new ActorView(a.id(), a.name(), a.roles().stream().map(x -> x.name().toLowerCase()).sorted().toList(), a.attributes(),
                a.registeredAt().toString(), a.recordHash().hex(), keys);
    }
}

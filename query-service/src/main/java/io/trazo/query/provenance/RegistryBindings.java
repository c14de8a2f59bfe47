package io.trazo.query.provenance;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LedgerReader.RegistryKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry's bindings (key, actor, revocation and delegation names to the record that holds them) that
 * were found, remembered across requests: a page's evidence names the same few keys and actors as thousands
 * of other lots, and asked them in two round trips per page. Why a remembered binding cannot go stale: the
 * store writes a binding once, by insert under a unique {@code _id}, and never updates or removes one
 * (docs/operations.md, {@code registry}), so a found binding is what the store will answer for ever. Misses are
 * never remembered, so a revocation or delegation written later is found by the next request. Only the binding
 * is remembered; the record it names is still read, and re-checked, by every verification.
 */
final class RegistryBindings {

    private final int capacity;
    private final Map<String, Digest> found = new ConcurrentHashMap<>();

    /** @param capacity the most bindings remembered; past it, new ones are read every time */
    RegistryBindings(int capacity) {
        this.capacity = capacity;
    }

    Map<String, Digest> bound(LedgerReader store, RegistryKind kind, Collection<String> names) {
        Map<String, Digest> out = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            Digest known = found.get(key(kind, name));
            if (known != null) {
                out.put(name, known);
            } else if (!out.containsKey(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            store.bound(kind, unknown).forEach((name, record) -> {
                out.put(name, record);
                if (found.size() < capacity) {
                    found.put(key(kind, name), record);
                }
            });
        }
        return out;
    }

    private static String key(RegistryKind kind, String name) {
        return kind.name() + ":" + name;
    }
}

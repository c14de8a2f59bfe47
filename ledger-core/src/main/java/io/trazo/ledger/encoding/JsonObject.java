package io.trazo.ledger.encoding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A JSON object whose member names are unique (duplicates are rejected at parse time). */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

    public JsonObject {
        members = Collections.unmodifiableMap(members instanceof ParsedMembers || members instanceof FewMembers ? members : new LinkedHashMap<>(members));
    }

    /**
     * The members of an object being parsed, which the parser hands over once complete and never
     * touches again, so they need no defensive copy: the copy was a visible share of parsing a record.
     */
    static final class ParsedMembers extends LinkedHashMap<String, JsonValue> {
        private static final long serialVersionUID = 1L;
    }

    public Optional<JsonValue> get(String name) {
        return Optional.ofNullable(members.get(name));
    }

    public boolean has(String name) {
        return members.containsKey(name);
    }

    /** A copy without the named member; used to form the signed portion of a record. */
    public JsonObject without(String name) {
        LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>(members);
        copy.remove(name);
        return new JsonObject(copy);
    }
}

package io.trazo.ledger.encoding;

import java.util.Objects;

/** A JSON string. The parser guarantees it holds no unpaired surrogate (I-JSON, RFC 7493 §2.1). */
public record JsonString(String value) implements JsonValue {

    public JsonString {
        Objects.requireNonNull(value, "value");
    }
}

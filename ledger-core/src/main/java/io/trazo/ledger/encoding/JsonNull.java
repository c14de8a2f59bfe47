package io.trazo.ledger.encoding;

public enum JsonNull implements JsonValue {
    INSTANCE
}

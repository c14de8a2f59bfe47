package io.trazo.ledger.encoding;

public enum JsonBoolean implements JsonValue {
    TRUE,
    FALSE;

    public static JsonBoolean of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public boolean value() {
        return this == TRUE;
    }
}

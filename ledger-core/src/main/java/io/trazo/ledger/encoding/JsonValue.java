package io.trazo.ledger.encoding;

/**
 * An immutable JSON value as read by {@link StrictJson}. Object members keep the order in which they
 * were read; only {@link Jcs} decides the order of canonical bytes.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {}

package io.trazo.ledger.statusmap;

/** Bytes that are not a map-root log leaf (docs/protocol.md §20.5). */
public final class MapRootLeafException extends Exception {

    MapRootLeafException(String message) {
        super(message);
    }
}

package io.trazo.ledger.statusmap;

import java.util.Arrays;
import java.util.Optional;

/** What a map entry is about (docs/protocol.md §20.1); the wire name is hashed into the map key. */
public enum SubjectKind {
    /** A registered signing key, named by its key id {@code ed25519:…}. */
    KEY("key"),
    /** A registered actor, named by its URI. */
    ACTOR("actor"),
    /** A certificate record, named by its record hash in hex. */
    CERTIFICATE("certificate"),
    /** A delegated lot namespace, {@code urn:trazo:lot:NAME} or {@code gs1:<prefix>}. */
    NAMESPACE("namespace");

    private final String wire;

    SubjectKind(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<SubjectKind> fromWire(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst();
    }
}

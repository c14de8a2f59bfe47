package io.trazo.ledger.record;

import java.util.Optional;

/** What a record asserts. Registry types are signed by a trust root; the others by registered actors. */
public enum RecordType {
    /** An EPCIS 2.0 custody event. */
    EVENT("event", false),
    /** Registers an actor and its roles. */
    ACTOR("actor", true),
    /** Binds an Ed25519 key to an actor for a validity window. */
    KEY("key", true),
    /** Revokes a key from a given instant on. */
    REVOCATION("revocation", true),
    /** A certifier's statement that a subject holds an ESG claim. */
    CERTIFICATE("certificate", false),
    /** A registered production plot with its geolocation. */
    PLOT("plot", false),
    /** Grants a lot namespace to an actor (protocol v2). */
    DELEGATION("delegation", true, 2),
    /** A certifier suspends, reinstates or withdraws one of its certificates (protocol v2). */
    CERTIFICATE_STATUS("certificate_status", false, 2),
    /** A certifier's audit of an actor, a lot or a certificate (protocol v2). */
    AUDIT_REPORT("audit_report", false, 2),
    /** A GLN with its name, address and coordinates, signed by its owner (protocol v2). */
    LOCATION("location", false, 2);

    private static final RecordType[] ALL = values();

    private final String wire;
    private final boolean governance;
    private final int since;

    RecordType(String wire, boolean governance) {
        this(wire, governance, 1);
    }

    RecordType(String wire, boolean governance, int since) {
        this.wire = wire;
        this.governance = governance;
        this.since = since;
    }

    /** The first protocol version that has this type; a record of an earlier version naming it is {@code UNKNOWN_TYPE}. */
    public int since() {
        return since;
    }

    public String wire() {
        return wire;
    }

    /** True for the types only a governance (trust-root) key may sign. */
    public boolean governance() {
        return governance;
    }

    /** A loop, not a stream: every record names its type, and the stream's pipeline was most of the look-up. */
    public static Optional<RecordType> fromWire(String wire) {
        for (RecordType t : ALL) {
            if (t.wire.equals(wire)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

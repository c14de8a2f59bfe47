package io.trazo.ledger.provenance;

import io.trazo.ledger.crypto.Digest;

/**
 * Why a provenance walk could not produce a trace. {@link Kind#UNKNOWN_LOT} and {@link Kind#TOO_LARGE}
 * are the caller's to handle (a 404 and a 422 over HTTP); {@link Kind#INCONSISTENT_STORE} means the store
 * lacks a record that an accepted record links to, which the append protocol never allows.
 */
public final class ProvenanceException extends RuntimeException {

    public enum Kind {
        UNKNOWN_LOT,
        TOO_LARGE,
        INCONSISTENT_STORE
    }

    private final Kind kind;
    private final String lot;
    private final int limit;
    private final Digest missing;
    private final Digest linkedFrom;

    private ProvenanceException(Kind kind, String lot, int limit, String message) {
        this(kind, lot, limit, message, null, null);
    }

    private ProvenanceException(Kind kind, String lot, int limit, String message, Digest missing, Digest linkedFrom) {
        super(message);
        this.kind = kind;
        this.lot = lot;
        this.limit = limit;
        this.missing = missing;
        this.linkedFrom = linkedFrom;
    }

    public static ProvenanceException unknownLot(String lot) {
        return new ProvenanceException(Kind.UNKNOWN_LOT, lot, 0, "lot " + lot + " has no accepted record");
    }

    public static ProvenanceException tooLarge(String lot, Direction direction, int limit) {
        return new ProvenanceException(Kind.TOO_LARGE, lot, limit, "the " + direction.name().toLowerCase() + " trace of lot " + lot
                + " has more than " + limit + " records");
    }

    public static ProvenanceException inconsistent(String lot, Digest missing, Digest linkedFrom) {
        return new ProvenanceException(Kind.INCONSISTENT_STORE, lot, 0, "record " + linkedFrom + " links to " + missing
                + ", which the store does not hold as accepted", missing, linkedFrom);
    }

    public Kind kind() {
        return kind;
    }

    public String lot() {
        return lot;
    }

    /** For {@link Kind#INCONSISTENT_STORE}: the record the store lacks. */
    public java.util.Optional<Digest> missing() {
        return java.util.Optional.ofNullable(missing);
    }

    /** For {@link Kind#INCONSISTENT_STORE}: the accepted record that links to the missing one (itself when a lot's head is missing). */
    public java.util.Optional<Digest> linkedFrom() {
        return java.util.Optional.ofNullable(linkedFrom);
    }

    /** The bound that was exceeded, for {@link Kind#TOO_LARGE}; 0 otherwise. */
    public int limit() {
        return limit;
    }
}

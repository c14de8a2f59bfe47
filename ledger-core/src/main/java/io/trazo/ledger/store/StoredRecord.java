package io.trazo.ledger.store;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.RecordType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A record as the ledger store keeps it: the exact wire bytes, the facts needed to index it, and
 * its state. {@code lotPositions} gives, for each lot an event touches, the record's position in
 * that lot's chain (0 for the lot's first record).
 */
public final class StoredRecord {

    private final Digest hash;
    private final byte[] wire;
    private final RecordType type;
    private final String actor;
    private final Instant time;
    private final Map<String, Long> lotPositions;
    private final RecordState state;
    private final OptionalLong position;
    private final Optional<String> rejection;

    public StoredRecord(Digest hash, byte[] wire, RecordType type, String actor, Instant time, Map<String, Long> lotPositions,
            RecordState state, OptionalLong position, Optional<String> rejection) {
        this.hash = hash;
        this.wire = wire.clone();
        this.type = type;
        this.actor = actor;
        this.time = time;
        this.lotPositions = Map.copyOf(lotPositions);
        this.state = state;
        this.position = position;
        this.rejection = rejection;
    }

    public Digest hash() {
        return hash;
    }

    public byte[] wire() {
        return wire.clone();
    }

    /** Whether both hold exactly the same wire bytes (without copying either). */
    public boolean sameWire(StoredRecord other) {
        return Arrays.equals(wire, other.wire);
    }

    public RecordType type() {
        return type;
    }

    public String actor() {
        return actor;
    }

    public Instant time() {
        return time;
    }

    public Map<String, Long> lotPositions() {
        return lotPositions;
    }

    public RecordState state() {
        return state;
    }

    /** The ledger position, present once accepted. Positions only increase; they may skip values. */
    public OptionalLong position() {
        return position;
    }

    /** {@code "<REASON_CODE>: <message>"} for a rejected record. */
    public Optional<String> rejection() {
        return rejection;
    }

    /** This record in another state, as a store adapter returns it after a state change. */
    public StoredRecord with(RecordState newState, OptionalLong newPosition, Optional<String> newRejection) {
        return new StoredRecord(hash, wire, type, actor, time, lotPositions, newState, newPosition, newRejection);
    }

    @Override
    public String toString() {
        return type.wire() + " " + hash + " " + state + position.stream().mapToObj(p -> " @" + p).findFirst().orElse("");
    }
}

package io.trazo.ledger.store;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
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
    /** {@link RecordCodec#parse} of exactly {@link #wire}, when the store adapter made it while reading; else null. */
    private final SignedRecord parsed;

    public StoredRecord(Digest hash, byte[] wire, RecordType type, String actor, Instant time, Map<String, Long> lotPositions,
            RecordState state, OptionalLong position, Optional<String> rejection) {
        this(hash, wire, type, actor, time, lotPositions, state, position, rejection, null);
    }

    /**
     * A record whose bytes the store adapter has already parsed, for example to check that they hash to
     * {@code hash}: readers then take that parse instead of making it again ({@link #parse()}).
     *
     * @param parsed {@link RecordCodec#parse} of exactly {@code wire}, or null; the caller vouches for it
     */
    public StoredRecord(Digest hash, byte[] wire, RecordType type, String actor, Instant time, Map<String, Long> lotPositions,
            RecordState state, OptionalLong position, Optional<String> rejection, SignedRecord parsed) {
        this.parsed = parsed;
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

    /**
     * {@code RecordCodec.parse(wire())}: the parse the store adapter made of these bytes when it read them,
     * or a new one. A parse is immutable and shared; a record that does not parse throws as the codec does.
     *
     * @throws io.trazo.ledger.record.RecordException as {@link RecordCodec#parse} does
     */
    public SignedRecord parse() {
        return parsed != null ? parsed : RecordCodec.parse(wire());
    }

    /** Whether {@link #parse()} returns a parse made when the record was read, at no further cost. */
    public boolean parsedOnRead() {
        return parsed != null;
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
        return new StoredRecord(hash, wire, type, actor, time, lotPositions, newState, newPosition, newRejection, parsed);
    }

    @Override
    public String toString() {
        return type.wire() + " " + hash + " " + state + position.stream().mapToObj(p -> " @" + p).findFirst().orElse("");
    }
}

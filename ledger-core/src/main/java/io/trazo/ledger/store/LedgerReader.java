package io.trazo.ledger.store;

import io.trazo.ledger.crypto.Digest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to the ledger store: everything the query side needs, all by exact key. The query
 * service holds only this interface, which is how "read-only by construction" is enforced in code.
 */
public interface LedgerReader {

    Optional<StoredRecord> record(Digest hash);

    /**
     * Several records by hash; absent hashes are left out of the result. The default asks one at a time;
     * an adapter over a networked store SHOULD override it with one exact-key round trip (MongoDB:
     * {@code _id $in}), because the provenance walk reads a whole level of the DAG at once.
     */
    default Map<Digest, StoredRecord> records(Collection<Digest> hashes) {
        Map<Digest, StoredRecord> found = new LinkedHashMap<>();
        for (Digest h : hashes) {
            record(h).ifPresent(r -> found.put(h, r));
        }
        return found;
    }

    /** The highest ledger position handed out so far (0 if none); positions up to it may be accepted or sealed. */
    long lastPosition();

    /** The record accepted at a ledger position, if any. MUST be an exact-key look-up. */
    Optional<Digest> acceptedAt(long position);

    /** Most positions {@link #acceptedRange} reads in one call, which bounds the answer an adapter assembles. */
    int MAX_RANGE = 4096;

    /**
     * The records accepted at positions {@code from} to {@code from + count - 1}, by position; positions
     * that are sealed, or not (yet) accepted, are left out. It MUST answer for each position exactly as
     * {@link #acceptedAt} followed by {@link #record} would, except that a position whose record the store
     * does not hold is left out too. The default asks position by position; an adapter over a networked
     * store SHOULD override it with one exact-key round trip (MongoDB: {@code position $in} on the unique
     * position index), because the log sequencer reads every position once and in order, and two round
     * trips per position cap it far below the ingest rate.
     *
     * @throws IllegalArgumentException if {@code from} is below 1 or {@code count} outside 0 to {@link #MAX_RANGE}
     */
    default Map<Long, StoredRecord> acceptedRange(long from, int count) {
        checkRange(from, count);
        Map<Long, StoredRecord> found = new LinkedHashMap<>();
        for (long p = from; p < from + count; p++) {
            long position = p;
            acceptedAt(position).flatMap(this::record).ifPresent(r -> found.put(position, r));
        }
        return found;
    }

    /** Rejects an {@link #acceptedRange} request outside the port's bounds; for adapters that override it. */
    static void checkRange(long from, int count) {
        if (from < 1 || count < 0 || count > MAX_RANGE) {
            throw new IllegalArgumentException("a range of accepted positions starts at 1 or later and spans 0 to "
                    + MAX_RANGE + " positions, got from=" + from + " count=" + count);
        }
    }

    /** The record holding position {@code lotPosition} of the lot's chain. Held by a PENDING record during an append. */
    Optional<Digest> claimAt(String lot, long lotPosition);

    /** The lot's head as last advanced; it may lag behind accepted claims after a crash, never lead them. */
    Optional<LotHead> head(String lot);

    /**
     * The heads of several lots; lots without a head are left out. The default asks one lot at a time;
     * an adapter over a networked store SHOULD override it with one exact-key round trip, because a
     * batch of appends checks the head of every new lot at once.
     */
    default Map<String, LotHead> heads(Collection<String> lots) {
        Map<String, LotHead> found = new LinkedHashMap<>();
        for (String lot : lots) {
            head(lot).ifPresent(h -> found.put(lot, h));
        }
        return found;
    }

    Optional<Digest> bound(RegistryKind kind, String name);

    /**
     * The bindings of several names of one kind, name to record hash; unbound names are left out. It
     * MUST answer exactly as {@link #bound(RegistryKind, String)} would for each name. The default asks
     * one name at a time; an adapter over a networked store SHOULD override it with one exact-key round
     * trip (MongoDB: {@code _id $in}), because a bundle needs the key, revocation and actor records of
     * every signer of a DAG at once.
     */
    default Map<String, Digest> bound(RegistryKind kind, Collection<String> names) {
        Map<String, Digest> found = new LinkedHashMap<>();
        for (String name : names) {
            bound(kind, name).ifPresent(h -> found.put(name, h));
        }
        return found;
    }

    enum RegistryKind {
        ACTOR,
        KEY,
        REVOCATION,
        /** A lot namespace granted to an actor (protocol v2); named {@code <namespace> <delegate>}. */
        DELEGATION
    }
}

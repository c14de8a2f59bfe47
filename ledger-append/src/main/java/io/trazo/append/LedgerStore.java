package io.trazo.append;

import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.plot.Plots;
import io.trazo.ledger.record.RecordType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The storage port of the ledger. Every method is one atomic write or read of one item, so an adapter
 * needs no multi-document transactions: the append protocol ({@link Appender}) is built so that a
 * crash between any two calls leaves a state that replaying the same records converges from.
 *
 * <p>Adapters MUST make each write durable before returning (for MongoDB: majority write concern),
 * MUST be safe for concurrent use by several processes, and MUST guard every uniqueness rule below
 * with the store's own unique keys, never with a read followed by a write.
 */
public interface LedgerStore extends LedgerReader {

    /**
     * Stores a record in state {@link RecordState#PENDING}. MUST be keyed by record hash: if any record
     * with this hash exists, nothing changes and {@code false} is returned.
     */
    boolean insertPending(StoredRecord record);

    /**
     * Moves a record from PENDING to ACCEPTED at {@code position}. MUST change nothing and return false
     * unless the record is PENDING. {@code position} MUST be unique among accepted records.
     */
    boolean markAccepted(Digest hash, long position);

    /**
     * {@link #markAccepted} for several records in the order given, stopping at the first one it
     * refuses: returns how many, from the start of the list, it accepted now. Every record MUST exist
     * (the batch path calls this only for records it has just inserted). An adapter SHOULD send them in
     * one round trip, and MUST NOT change any record after one it refused, so that a record listed
     * after the records it links to is never accepted without them.
     */
    default int markAcceptedInOrder(List<Acceptance> inOrder) {
        int accepted = 0;
        for (Acceptance a : inOrder) {
            if (!markAccepted(a.record(), a.position())) {
                break;
            }
            accepted++;
        }
        return accepted;
    }

    /**
     * An ACCEPTED {@code plot} record whose {@code plotId} is {@code plotId} and whose actor is {@code registrant}
     * (which one, if several, is the adapter's choice): the evidence a v2 event on that plot waits for (protocol
     * §8.1). MUST NOT answer with a PENDING or REJECTED record, nor another actor's. The default reads
     * every accepted position, which suits only small stores; an adapter over a large one MUST answer from
     * an index.
     */
    default Optional<Digest> plot(String plotId, String registrant) {
        Digest found = null;
        long last = lastPosition();
        for (long from = 1; from <= last && found == null; from += 1000) {
            for (StoredRecord r : acceptedRange(from, (int) Math.min(1000, last - from + 1)).values()) {
                if (r.type() == RecordType.PLOT && r.actor().equals(registrant)
                        && Plots.read(r.parse()).plotId().equals(plotId)) {
                    found = r.hash();
                    break;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** Moves a record from PENDING to REJECTED. MUST change nothing and return false unless it is PENDING. */
    boolean markRejected(Digest hash, String reason);

    /** The next ledger position. MUST be strictly greater than every value returned before, by any caller. */
    long nextPosition();

    /**
     * Closes a position that was drawn but never accepted, so the log sequencer can move past it:
     * afterwards {@link #markAccepted} at that position MUST fail. Returns false, and changes nothing,
     * if a record is already accepted there.
     */
    boolean sealPosition(long position);

    /**
     * Claims position {@code lotPosition} of {@code lot}'s chain for a record. MUST be atomic and
     * unique per (lot, lotPosition): returns the holder after the call, which is {@code record} if it
     * claimed the position now or earlier, and another record's hash if that one holds it.
     */
    Digest claim(String lot, long lotPosition, Digest record);

    /** Deletes a claim, but only if {@code record} holds it. */
    void release(String lot, long lotPosition, Digest record);

    /** Sets the lot's head, but only forward: MUST change nothing if the stored head's position is higher or equal. */
    void advanceHead(LotHead head);

    /**
     * Binds a registry name (an actor id, a key id, or a revoked key id, by {@code kind}) to the
     * record that registered it. MUST be unique per (kind, name): returns the bound record's hash,
     * which differs from {@code record} when another record holds the name.
     */
    Digest bind(RegistryKind kind, String name, Digest record);

    /**
     * {@link #insertPending} for several records, each insert on its own (no atomicity across them);
     * returns the hashes that were inserted now. An adapter SHOULD send them in one round trip (MongoDB:
     * an unordered {@code insertMany}, duplicate-key errors being the records already present).
     */
    default Set<Digest> insertPending(List<StoredRecord> batch) {
        Set<Digest> inserted = new HashSet<>();
        for (StoredRecord r : batch) {
            if (insertPending(r)) {
                inserted.add(r.hash());
            }
        }
        return inserted;
    }

    /**
     * {@link #claim} for several lot positions, each claim on its own; returns each position's holder
     * after the call, in the order given. An adapter SHOULD send the claims in one round trip.
     */
    default List<Digest> claim(List<Claim> batch) {
        List<Digest> holders = new ArrayList<>(batch.size());
        for (Claim c : batch) {
            holders.add(claim(c.lot(), c.lotPosition(), c.record()));
        }
        return holders;
    }

    /**
     * {@code count} ledger positions in ascending order, each as {@link #nextPosition} would return it.
     * An adapter SHOULD draw them in one step (MongoDB: {@code $inc} by {@code count}), so they are
     * consecutive.
     */
    default long[] nextPositions(int count) {
        long[] drawn = new long[count];
        for (int i = 0; i < count; i++) {
            drawn[i] = nextPosition();
        }
        return drawn;
    }

    /** {@link #advanceHead} for several heads, each on its own. An adapter SHOULD send them in one round trip. */
    default void advanceHeads(Collection<LotHead> batch) {
        batch.forEach(this::advanceHead);
    }

    /** A record to be marked ACCEPTED at a ledger position. */
    record Acceptance(Digest record, long position) {
    }

    /** One lot position claimed for a record. */
    record Claim(String lot, long lotPosition, Digest record) {
    }

    /** Records left PENDING, oldest first, for recovery after a crash. May scan. */
    List<Digest> pending(int limit);
}

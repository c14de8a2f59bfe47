package io.trazo.ledger.provenance;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded memo of {@link RecordCodec#parse} (and, through {@link ParsedRecord#event()}, of the event
 * body read), for readers that parse the same immutable records on request after request.
 *
 * <p>Why a hit can never differ from parsing again: parsing is a pure function of the wire bytes, with
 * no clock, registry or store input. An entry is keyed by the record hash the store names and holds a
 * copy of the exact bytes it was parsed from; it is returned only when the bytes offered now are
 * identical, so a store that hands back other bytes under the same hash (corruption, tampering) gets
 * them parsed afresh, never a stale result. Failures are never stored. Nothing here depends on the
 * registry: whether a key was valid, revoked or allowed is decided by the verifier on every request.
 *
 * <p>Admission: a record is kept from the second time it is parsed while its hash is remembered as
 * seen (up to {@code 2 × capacity} hashes, 32 bytes each). Requests for many different lots, each
 * once, would otherwise replace the whole memo over and over, copying ~7.5 KB parse trees through the
 * young generation without ever hitting (docs/benchmarks.md §Query: at 1M records and uniformly random
 * lots, admission halved the service's GC pause time). Lots asked for repeatedly are kept from their
 * second request on.
 *
 * <p>Accepted records kept here also spare readers the store: {@link #accepted} hands back, by hash, the
 * records that were already {@code ACCEPTED} when kept. Accepted is final in the ledger: the store is
 * append-only, no state follows {@code ACCEPTED}, and an accepted record's bytes, position and lot
 * positions never change, so what was read once is what the store would return again. A walk still
 * reads each lot's head from the store on every request; only the immutable records behind it come
 * from here (measured: most of a popular lot's store round trips, docs/benchmarks.md §Query).
 *
 * <p>Thread-safe. Least recently used entries are dropped beyond {@code capacity}.
 */
public final class ParsedRecords {

    private static final ParsedRecords NONE = new ParsedRecords(0);

    private final int capacity;
    private final Map<Digest, Entry> entries;
    private final Map<Digest, Boolean> seen;

    /** @param capacity the most records kept; 0 keeps none and parses every time */
    public ParsedRecords(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, got " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Digest, Entry> eldest) {
                return size() > capacity;
            }
        };
        this.seen = new LinkedHashMap<>(Math.min(2 * capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Digest, Boolean> eldest) {
                return size() > 2 * capacity;
            }
        };
    }

    /** A memo that keeps nothing: every call parses. */
    public static ParsedRecords none() {
        return NONE;
    }

    /**
     * Exactly {@code new ParsedRecord(stored.parse())}, from memory when these very
     * bytes were parsed and kept before under this hash.
     *
     * @throws io.trazo.ledger.record.RecordException as {@link RecordCodec#parse} does
     */
    public ParsedRecord parse(StoredRecord stored) {
        if (capacity == 0) {
            return new ParsedRecord(stored.parse());
        }
        Entry hit;
        synchronized (entries) {
            hit = entries.get(stored.hash());
        }
        if (hit != null && hit.stored.sameWire(stored)) {
            if (hit.stored.state() != RecordState.ACCEPTED && stored.state() == RecordState.ACCEPTED) {
                synchronized (entries) {
                    entries.put(stored.hash(), new Entry(stored, hit.parsed));
                }
            }
            return hit.parsed;
        }
        ParsedRecord parsed = new ParsedRecord(stored.parse());
        synchronized (entries) {
            if (hit != null || seen.remove(stored.hash()) != null) {
                entries.put(stored.hash(), new Entry(stored, parsed));
            } else {
                seen.put(stored.hash(), Boolean.TRUE);
            }
        }
        return parsed;
    }

    /**
     * The kept records among {@code hashes} that the store had accepted when they were kept, each as
     * the walk would trace it; hashes not kept, or kept only from a pending read, are absent.
     */
    public Map<Digest, TracedRecord> accepted(Collection<Digest> hashes) {
        Map<Digest, TracedRecord> kept = new HashMap<>();
        if (capacity == 0) {
            return kept;
        }
        synchronized (entries) {
            for (Digest hash : hashes) {
                Entry e = entries.get(hash);
                if (e != null && e.stored.state() == RecordState.ACCEPTED) {
                    kept.put(hash, new TracedRecord(e.stored, e.parsed));
                }
            }
        }
        return kept;
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** {@code stored} holds its own copy of the wire bytes the record was parsed from. */
    private static final class Entry {

        private final StoredRecord stored;
        private final ParsedRecord parsed;

        Entry(StoredRecord stored, ParsedRecord parsed) {
            this.stored = stored;
            this.parsed = parsed;
        }
    }
}

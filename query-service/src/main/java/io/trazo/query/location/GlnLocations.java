package io.trazo.query.location;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.location.Locations;
import io.trazo.ledger.location.Locations.Location;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.store.LedgerReader;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GLNs to their places (docs/protocol.md §8.7, "A GLN's location"): the accepted location records offered
 * for a GLN ({@code locations} by {@code _id}, then {@code records} by {@code _id $in}), each judged by
 * whether its owner owns the GLN's company prefix. A resolved place is remembered: the first record that
 * speaks for a GLN stays the first. Misses are not, so a place registered later is found then.
 */
public class GlnLocations {

    /** The location records offered for a GLN, in any state (MongoDB: {@code locations} by {@code _id}). */
    @FunctionalInterface
    public interface Index {
        List<Digest> locationRecords(String gln);
    }

    /** One accepted location record for a GLN, and whether it speaks for the GLN. */
    public record Candidate(Digest record, long position, Location location, boolean speaksForGln) {}

    private static final int MAX_REMEMBERED = 100_000;

    private final LedgerReader reader;
    private final Index index;
    private final ReaderRegistry registry;
    private final Map<String, Candidate> places = new ConcurrentHashMap<>();

    public GlnLocations(LedgerReader reader, Index index) {
        this.reader = reader;
        this.index = index;
        this.registry = new ReaderRegistry(reader);
    }

    /** Every accepted location record for {@code gln}, in ledger order. */
    public List<Candidate> candidates(String gln) {
        return reader.records(index.locationRecords(gln)).values().stream()
                .filter(r -> r.state() == RecordState.ACCEPTED && r.position().isPresent())
                .sorted(Comparator.comparingLong(r -> r.position().getAsLong()))
                .map(this::judge).filter(c -> c.location().gln().equals(gln)).toList();
    }

    /** The GLN's place: its first accepted location record that speaks for it. */
    public Optional<Candidate> place(String gln) {
        Candidate known = places.get(gln);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Candidate> found = candidates(gln).stream().filter(Candidate::speaksForGln).findFirst();
        if (found.isPresent() && places.size() < MAX_REMEMBERED) {
            places.put(gln, found.get());
        }
        return found;
    }

    /** The place an event's {@code bizLocation} or {@code readPoint} id names, if it names a GLN that has one. */
    public Optional<Candidate> placeOf(String placeId) {
        return placeId == null ? Optional.empty() : Locations.glnOf(placeId).flatMap(this::place);
    }

    private Candidate judge(StoredRecord stored) {
        SignedRecord record = RecordCodec.parse(stored.wire());
        Location location = Locations.read(record);
        return new Candidate(stored.hash(), stored.position().getAsLong(), location,
                Locations.speaksForGln(location, record.time(), registry));
    }
}

package io.trazo.append.log;

import io.trazo.ledger.log.LogLeaf;
import io.trazo.ledger.crypto.Digest;
import io.trazo.append.log.LogIntegrityException.Reason;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.encoding.JsonFormatException;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.append.LedgerStore;
import io.trazo.ledger.store.StoredRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Walks ledger positions in order from the last integrated one, collecting accepted records and moving
 * past gaps safely. Positions are read a window at a time ({@link LedgerStore#acceptedRange}), the next
 * window while the current one is hashed ({@link ReadAhead}); each position a window lacks is a gap,
 * handled alone: a position that stays unaccepted for the seal grace is sealed
 * ({@link LedgerStore#sealPosition}); if sealing fails because the record was accepted meanwhile, the
 * record is taken. Since a record is accepted only after every record it links to, this order respects
 * causality.
 */
final class PositionWalk {

    /**
     * @param fed the records the status map reads ({@link MapRecords}), parsed, by their index in {@code records}
     */
    record Batch(List<Digest> records, List<TreeHash> leafHashes, Map<Integer, SignedRecord> fed, long lastPosition,
            OptionalLong waitingAt) {}

    /**
     * Positions read per round trip. Far fewer round trips than positions is the point: 128 records
     * share one, and the read-ahead overlaps it with hashing the window before, while a window stays
     * small (a few hundred kilobytes of records) and a gap is still noticed within 128 positions.
     */
    private static final int WINDOW = 128;

    /** Runs shorter than this are hashed on the calling thread: forking costs more than it saves. */
    private static final int PARALLEL_RUN = 64;

    private final LedgerStore ledger;
    private final ReadAhead ahead;
    private final SequencerPolicy policy;
    private final Clock clock;
    private long gap = -1;
    private Instant gapSeen;

    PositionWalk(LedgerStore ledger, SequencerPolicy policy, Clock clock) {
        this.ledger = ledger;
        this.ahead = new ReadAhead(ledger);
        this.policy = policy;
        this.clock = clock;
    }

    Batch next(long integrated) throws LogIntegrityException {
        try {
            return walk(integrated);
        } finally {
            ahead.drop();
        }
    }

    private Batch walk(long integrated) throws LogIntegrityException {
        List<Digest> records = new ArrayList<>();
        List<TreeHash> leaves = new ArrayList<>();
        Map<Integer, SignedRecord> fed = new TreeMap<>();
        List<Candidate> run = new ArrayList<>();
        long position = integrated;
        long last = ledger.lastPosition();
        while (position < last && records.size() < policy.maxBatch()) {
            int window = (int) Math.min(Math.min(last - position, policy.maxBatch() - records.size()), WINDOW);
            Map<Long, StoredRecord> accepted = ahead.read(position + 1, window);
            long end = position + window;
            if (end < last && records.size() + window < policy.maxBatch()) {
                ahead.start(end + 1, (int) Math.min(last - end, WINDOW));
            }
            for (long candidate = position + 1; candidate <= end; candidate++) {
                StoredRecord stored = accepted.get(candidate);
                if (stored == null) {
                    take(run, records, leaves, fed);
                    if (!graceOver(candidate)) {
                        return new Batch(records, leaves, fed, candidate - 1, OptionalLong.of(candidate));
                    }
                    if (ledger.sealPosition(candidate)) {
                        continue;
                    }
                    Optional<Digest> late = ledger.acceptedAt(candidate);
                    if (late.isEmpty()) {
                        return new Batch(records, leaves, fed, candidate - 1, OptionalLong.of(candidate));
                    }
                    stored = held(candidate, late.get());
                }
                run.add(new Candidate(candidate, stored));
            }
            take(run, records, leaves, fed);
            position = end;
        }
        return new Batch(records, leaves, fed, position, OptionalLong.empty());
    }

    private record Candidate(long position, StoredRecord stored) {}

    /** A leaf hash, or why the stored record cannot have one. */
    private record Hashed(TreeHash leaf, SignedRecord fed, LogIntegrityException refusal) {}

    /**
     * Hashes a run of consecutive accepted records into the batch, in position order. The records are
     * hashed in parallel (hashing is most of the sequencer's CPU), but the first failure in position
     * order is the one thrown, and a run ends before every gap, so nothing after a bad record is taken
     * and no gap is touched before the records in front of it are checked.
     */
    private static void take(List<Candidate> run, List<Digest> records, List<TreeHash> leaves, Map<Integer, SignedRecord> fed)
            throws LogIntegrityException {
        Hashed[] hashed = new Hashed[run.size()];
        IntStream indexes = IntStream.range(0, run.size());
        (run.size() >= PARALLEL_RUN ? indexes.parallel() : indexes).forEach(i -> hashed[i] = hash(run.get(i)));
        for (int i = 0; i < hashed.length; i++) {
            if (hashed[i].refusal() != null) {
                throw hashed[i].refusal();
            }
            if (hashed[i].fed() != null) {
                fed.put(records.size(), hashed[i].fed());
            }
            records.add(run.get(i).stored().hash());
            leaves.add(hashed[i].leaf());
        }
        run.clear();
    }

    private StoredRecord held(long position, Digest hash) throws LogIntegrityException {
        return ledger.record(hash).orElseThrow(() -> new LogIntegrityException(Reason.RECORD_TAMPERED,
                "position " + position + " is accepted for record " + hash.hex() + ", which the store does not hold"));
    }

    private boolean graceOver(long position) {
        Instant now = clock.instant();
        if (gap != position) {
            gap = position;
            gapSeen = now;
        }
        return !now.isBefore(gapSeen.plus(policy.sealGrace()));
    }

    private static Hashed hash(Candidate candidate) {
        Digest hash = candidate.stored().hash();
        long position = candidate.position();
        LogLeaf.Hashes hashes;
        SignedRecord fed = null;
        try {
            JsonObject json = LogLeaf.storedJson(candidate.stored().wire());
            hashes = LogLeaf.ofStored(json);
            // only the map's records pay for the full parse: the codec costs seven times the hashing
            if (json.get("type").orElse(null) instanceof JsonString type && MapRecords.feeds(type.value())) {
                fed = candidate.stored().parse();
            }
        } catch (JsonFormatException | RecordException | IllegalArgumentException e) {
            return new Hashed(null, null, new LogIntegrityException(Reason.RECORD_TAMPERED, "record " + hash.hex() + " at position "
                    + position + " is no longer a valid record: " + e.getMessage(), e));
        }
        if (!hashes.record().equals(hash)) {
            return new Hashed(null, null, new LogIntegrityException(Reason.RECORD_TAMPERED, "record stored as " + hash.hex()
                    + " at position " + position + " has bytes that hash to " + hashes.record().hex()));
        }
        return new Hashed(hashes.leaf(), fed, null);
    }
}

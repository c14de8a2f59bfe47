package io.trazo.ledger.log;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.LogIntegrityException.Reason;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.encoding.JsonFormatException;
import io.trazo.ledger.store.LedgerStore;
import io.trazo.ledger.store.StoredRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Walks ledger positions in order from the last integrated one, collecting accepted records and moving
 * past gaps safely. Positions are read a window at a time ({@link LedgerStore#acceptedRange}); each one
 * the window lacks is a gap, handled alone: a position that stays unaccepted for the seal grace is sealed
 * ({@link LedgerStore#sealPosition}); if sealing fails because the record was accepted meanwhile, the
 * record is taken. Since a record is accepted only after every record it links to, this order respects
 * causality.
 */
final class PositionWalk {

    record Batch(List<Digest> records, List<TreeHash> leafHashes, long lastPosition, OptionalLong waitingAt) {}

    /**
     * Positions read per round trip. Far fewer round trips than positions is the point; the cap keeps a
     * read (about 1 KB per record) small, and a gap that must wait wastes at most one window.
     */
    private static final int WINDOW = 1024;

    private final LedgerStore ledger;
    private final SequencerPolicy policy;
    private final Clock clock;
    private long gap = -1;
    private Instant gapSeen;

    PositionWalk(LedgerStore ledger, SequencerPolicy policy, Clock clock) {
        this.ledger = ledger;
        this.policy = policy;
        this.clock = clock;
    }

    Batch next(long integrated) throws LogIntegrityException {
        List<Digest> records = new ArrayList<>();
        List<TreeHash> leaves = new ArrayList<>();
        long position = integrated;
        long last = ledger.lastPosition();
        while (position < last && records.size() < policy.maxBatch()) {
            int window = (int) Math.min(Math.min(last - position, policy.maxBatch() - records.size()), WINDOW);
            Map<Long, StoredRecord> accepted = ledger.acceptedRange(position + 1, window);
            for (long candidate = position + 1; candidate <= position + window; candidate++) {
                StoredRecord stored = accepted.get(candidate);
                if (stored == null) {
                    if (!graceOver(candidate)) {
                        return new Batch(records, leaves, candidate - 1, OptionalLong.of(candidate));
                    }
                    if (ledger.sealPosition(candidate)) {
                        continue;
                    }
                    Optional<Digest> late = ledger.acceptedAt(candidate);
                    if (late.isEmpty()) {
                        return new Batch(records, leaves, candidate - 1, OptionalLong.of(candidate));
                    }
                    stored = held(candidate, late.get());
                }
                records.add(stored.hash());
                leaves.add(leafHash(candidate, stored));
            }
            position += window;
        }
        return new Batch(records, leaves, position, OptionalLong.empty());
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

    private TreeHash leafHash(long position, StoredRecord stored) throws LogIntegrityException {
        Digest hash = stored.hash();
        LogLeaf.Hashes hashes;
        try {
            hashes = LogLeaf.ofStored(stored.wire());
        } catch (JsonFormatException | IllegalArgumentException e) {
            throw new LogIntegrityException(Reason.RECORD_TAMPERED, "record " + hash.hex() + " at position " + position
                    + " is no longer a valid record: " + e.getMessage(), e);
        }
        if (!hashes.record().equals(hash)) {
            throw new LogIntegrityException(Reason.RECORD_TAMPERED, "record stored as " + hash.hex() + " at position "
                    + position + " has bytes that hash to " + hashes.record().hex());
        }
        return hashes.leaf();
    }
}

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
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Walks ledger positions in order from the last integrated one, collecting accepted records and moving
 * past gaps safely: a position that stays unaccepted for the seal grace is sealed
 * ({@link LedgerStore#sealPosition}); if sealing fails because the record was accepted meanwhile, the
 * record is taken. Since a record is accepted only after every record it links to, this order respects
 * causality.
 */
final class PositionWalk {

    record Batch(List<Digest> records, List<TreeHash> leafHashes, long lastPosition, OptionalLong waitingAt) {}

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
        OptionalLong waiting = OptionalLong.empty();
        while (position < last && records.size() < policy.maxBatch()) {
            long candidate = position + 1;
            Optional<Digest> accepted = ledger.acceptedAt(candidate);
            if (accepted.isEmpty()) {
                if (!graceOver(candidate)) {
                    waiting = OptionalLong.of(candidate);
                    break;
                }
                if (ledger.sealPosition(candidate)) {
                    position = candidate;
                    continue;
                }
                accepted = ledger.acceptedAt(candidate);
                if (accepted.isEmpty()) {
                    waiting = OptionalLong.of(candidate);
                    break;
                }
            }
            records.add(accepted.get());
            leaves.add(leafHash(candidate, accepted.get()));
            position = candidate;
        }
        return new Batch(records, leaves, position, waiting);
    }

    private boolean graceOver(long position) {
        Instant now = clock.instant();
        if (gap != position) {
            gap = position;
            gapSeen = now;
        }
        return !now.isBefore(gapSeen.plus(policy.sealGrace()));
    }

    private TreeHash leafHash(long position, Digest hash) throws LogIntegrityException {
        StoredRecord stored = ledger.record(hash).orElseThrow(() -> new LogIntegrityException(Reason.RECORD_TAMPERED,
                "position " + position + " is accepted for record " + hash.hex() + ", which the store does not hold"));
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

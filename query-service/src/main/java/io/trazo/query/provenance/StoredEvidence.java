package io.trazo.query.provenance;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.mongo.StoreIntegrityException;
import io.trazo.query.store.LogLeafCheck;
import io.trazo.ledger.bundle.EvidenceRecord;
import io.trazo.ledger.record.SignedRecord;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Holds evidence assembled partly from memory to what the store holds now. The walk takes records it
 * parsed before from its memo ({@link io.trazo.ledger.provenance.ParsedRecords}) without reading the
 * store, which is right for an append-only store but would go on vouching for records after someone
 * changed or deleted them. So before a verification or a bundle answers, every record is read again,
 * in one exact-key round trip, through the reader's record-hash check; it must still be there, accepted,
 * with the very bytes that were verified, and its bytes must hash to its log leaf if logged.
 *
 * <p>Evidence this request's own reader handed out ({@link FreshReads}) is not read again: it came from the
 * store, through the same record-hash check, during this request, and a second read would return what the
 * first did. It is still checked against its log leaf.
 */
final class StoredEvidence {

    private final LedgerReader reader;
    private final LogLeafCheck leaves;

    StoredEvidence(LedgerReader reader, LogLeafCheck leaves) {
        this.reader = reader;
        this.leaves = leaves;
    }

    /** @throws StoreIntegrityException naming the first record that fails */
    LogLeafCheck.Coverage recheck(Collection<StoredRecord> held) {
        return recheck(held, r -> false, r -> Optional.empty());
    }

    /**
     * {@link #recheck(Collection)} of parsed evidence, re-reading only what {@code reads} did not hand out; a record's
     * parse serves its log-leaf check when the bytes checked are the bytes it was parsed from.
     *
     * @throws StoreIntegrityException naming the first record that fails
     */
    LogLeafCheck.Coverage recheck(List<EvidenceRecord> evidence, FreshReads reads) {
        Map<StoredRecord, SignedRecord> parsed = new IdentityHashMap<>();
        evidence.forEach(e -> parsed.put(e.stored(), e.record()));
        return recheck(evidence.stream().map(EvidenceRecord::stored).toList(), reads::fresh, r -> Optional.ofNullable(parsed.get(r)));
    }

    private LogLeafCheck.Coverage recheck(Collection<StoredRecord> held, Predicate<StoredRecord> fresh,
            Function<StoredRecord, Optional<SignedRecord>> parsed) {
        List<Digest> hashes = held.stream().filter(fresh.negate()).map(StoredRecord::hash).toList();
        Map<Digest, StoredRecord> now = new LinkedHashMap<>(hashes.isEmpty() ? Map.of() : reader.records(hashes));
        held.stream().filter(fresh).forEach(r -> now.put(r.hash(), r));
        Map<Digest, StoredRecord> byHash = new HashMap<>();
        for (StoredRecord before : held) {
            byHash.put(before.hash(), before);
            StoredRecord current = now.get(before.hash());
            if (current == null || current.state() != RecordState.ACCEPTED) {
                throw StoreIntegrityException.missing(before.hash(), "the lot's accepted evidence");
            }
        }
        // the parse of what was held is the parse of what is read now only where the bytes are the same
        LogLeafCheck.Coverage coverage = leaves.check(now.values(), r -> {
            StoredRecord before = byHash.get(r.hash());
            return before != null && (before == r || before.sameWire(r)) ? parsed.apply(before) : Optional.empty();
        });
        // A logged record whose bytes changed has failed its leaf above; this catches the ones newer than the checkpoint.
        for (StoredRecord before : held) {
            if (!now.get(before.hash()).sameWire(before)) {
                throw StoreIntegrityException.changed(before.hash());
            }
        }
        return coverage;
    }
}

package io.trazo.query.provenance;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.mongo.StoreIntegrityException;
import io.trazo.query.store.LogLeafCheck;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Holds evidence assembled partly from memory to what the store holds now. The walk takes records it
 * parsed before from its memo ({@link io.trazo.ledger.provenance.ParsedRecords}) without reading the
 * store, which is right for an append-only store but would go on vouching for records after someone
 * changed or deleted them. So before a verification or a bundle answers, every record is read again,
 * in one exact-key round trip, through the reader's record-hash check; it must still be there, accepted,
 * with the very bytes that were verified, and its bytes must hash to its log leaf if logged.
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
        List<Digest> hashes = held.stream().map(StoredRecord::hash).toList();
        Map<Digest, StoredRecord> now = reader.records(hashes);
        for (StoredRecord before : held) {
            StoredRecord current = now.get(before.hash());
            if (current == null || current.state() != RecordState.ACCEPTED) {
                throw StoreIntegrityException.missing(before.hash(), "the lot's accepted evidence");
            }
        }
        LogLeafCheck.Coverage coverage = leaves.check(now.values());
        // A logged record whose bytes changed has failed its leaf above; this catches the ones newer than the checkpoint.
        for (StoredRecord before : held) {
            if (!now.get(before.hash()).sameWire(before)) {
                throw StoreIntegrityException.changed(before.hash());
            }
        }
        return coverage;
    }
}

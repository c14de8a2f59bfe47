package io.trazo.append.log;

import io.trazo.ledger.crypto.Digest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A {@link LeafIndex} in process memory: for tests, benchmarks and offline tools. */
public final class InMemoryLeafIndex implements LeafIndex {

    private final Map<Digest, Long> byRecord = new HashMap<>();
    private final Map<Long, Digest> byLeaf = new HashMap<>();

    @Override
    public synchronized LogWrite put(Digest record, long leafIndex) {
        Long storedIndex = byRecord.get(record);
        Digest storedRecord = byLeaf.get(leafIndex);
        if (storedIndex != null && storedIndex == leafIndex) {
            return LogWrite.ALREADY_STORED;
        }
        if (storedRecord != null) {
            throw LogConflictException.leaf(leafIndex, storedRecord.hex(), record.hex());
        }
        if (storedIndex != null) {
            throw LogConflictException.record(record.hex(), storedIndex, leafIndex);
        }
        byRecord.put(record, leafIndex);
        byLeaf.put(leafIndex, record);
        return LogWrite.STORED;
    }

    @Override
    public synchronized Optional<Long> indexOf(Digest record) {
        return Optional.ofNullable(byRecord.get(record));
    }

    @Override
    public synchronized Optional<Digest> recordAt(long leafIndex) {
        return Optional.ofNullable(byLeaf.get(leafIndex));
    }
}

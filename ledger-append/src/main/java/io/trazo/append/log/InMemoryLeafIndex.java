package io.trazo.append.log;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.LeafEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** A {@link LeafIndex} in process memory: for tests, benchmarks and offline tools. */
public final class InMemoryLeafIndex implements LeafIndex {

    private final Map<Digest, Long> byRecord = new HashMap<>();
    private final TreeMap<Long, LeafEntry> byLeaf = new TreeMap<>();

    @Override
    public synchronized LogWrite put(long leafIndex, LeafEntry entry) {
        LeafEntry stored = byLeaf.get(leafIndex);
        if (entry.equals(stored)) {
            return LogWrite.ALREADY_STORED;
        }
        if (stored != null) {
            throw LogConflictException.leaf(leafIndex, describe(stored), describe(entry));
        }
        if (entry instanceof LeafEntry.Record r) {
            Long storedIndex = byRecord.get(r.record());
            if (storedIndex != null) {
                throw LogConflictException.record(r.record().hex(), storedIndex, leafIndex);
            }
            byRecord.put(r.record(), leafIndex);
        }
        byLeaf.put(leafIndex, entry);
        return LogWrite.STORED;
    }

    static String describe(LeafEntry entry) {
        return entry instanceof LeafEntry.Record r ? r.record().hex() + (r.mapped() ? " (mapped)" : "") : entry.toString();
    }

    @Override
    public synchronized Optional<Long> indexOf(Digest record) {
        return Optional.ofNullable(byRecord.get(record));
    }

    @Override
    public synchronized Optional<Digest> recordAt(long leafIndex) {
        return byLeaf.get(leafIndex) instanceof LeafEntry.Record r ? Optional.of(r.record()) : Optional.empty();
    }

    @Override
    public synchronized List<LeafEntry> entries(long from, int count) {
        List<LeafEntry> found = new ArrayList<>();
        for (long leaf = from; leaf < from + Math.min(count, MAX_ENTRIES) && byLeaf.containsKey(leaf); leaf++) {
            found.add(byLeaf.get(leaf));
        }
        return found;
    }

    @Override
    public synchronized SortedMap<Long, Digest> mappedLeaves(long from, long to, int limit) {
        SortedMap<Long, Digest> found = new TreeMap<>();
        for (Map.Entry<Long, LeafEntry> e : byLeaf.subMap(from, to).entrySet()) {
            if (found.size() == Math.min(limit, MAX_MAPPED)) {
                break;
            }
            if (e.getValue() instanceof LeafEntry.Record r && r.mapped()) {
                found.put(e.getKey(), r.record());
            }
        }
        return found;
    }
}

package io.trazo.append;

import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.crypto.Digest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link LedgerStore} in memory: for the offline tools and as the reference the contract test checks adapters against. */
public final class InMemoryLedgerStore implements LedgerStore {

    private final Map<Digest, StoredRecord> records = new ConcurrentHashMap<>();
    private final Map<Long, Digest> positions = new ConcurrentHashMap<>();
    private final Map<String, Digest> claims = new ConcurrentHashMap<>();
    private final Map<String, LotHead> heads = new ConcurrentHashMap<>();
    private final Map<String, Digest> bindings = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private static final Digest SEALED = Digest.of(new byte[32]);

    @Override
    public boolean insertPending(StoredRecord record) {
        return records.putIfAbsent(record.hash(), record.with(RecordState.PENDING, OptionalLong.empty(), Optional.empty())) == null;
    }

    @Override
    public Optional<StoredRecord> record(Digest hash) {
        return Optional.ofNullable(records.get(hash));
    }

    @Override
    public synchronized boolean markAccepted(Digest hash, long position) {
        StoredRecord r = records.get(hash);
        if (r == null || r.state() != RecordState.PENDING || positions.containsKey(position)) {
            return false;
        }
        positions.put(position, hash);
        records.put(hash, r.with(RecordState.ACCEPTED, OptionalLong.of(position), Optional.empty()));
        return true;
    }

    @Override
    public synchronized boolean markRejected(Digest hash, String reason) {
        StoredRecord r = records.get(hash);
        if (r == null || r.state() != RecordState.PENDING) {
            return false;
        }
        records.put(hash, r.with(RecordState.REJECTED, OptionalLong.empty(), Optional.of(reason)));
        return true;
    }

    @Override
    public long nextPosition() {
        return counter.incrementAndGet();
    }

    @Override
    public long lastPosition() {
        return counter.get();
    }

    @Override
    public synchronized boolean sealPosition(long position) {
        Digest holder = positions.putIfAbsent(position, SEALED);
        return holder == null || holder == SEALED;
    }

    @Override
    public Optional<Digest> acceptedAt(long position) {
        return Optional.ofNullable(positions.get(position)).filter(h -> h != SEALED);
    }

    @Override
    public Digest claim(String lot, long lotPosition, Digest record) {
        Digest previous = claims.putIfAbsent(key(lot, lotPosition), record);
        return previous == null ? record : previous;
    }

    @Override
    public void release(String lot, long lotPosition, Digest record) {
        claims.remove(key(lot, lotPosition), record);
    }

    @Override
    public Optional<Digest> claimAt(String lot, long lotPosition) {
        return Optional.ofNullable(claims.get(key(lot, lotPosition)));
    }

    @Override
    public Optional<LotHead> head(String lot) {
        return Optional.ofNullable(heads.get(lot));
    }

    @Override
    public void advanceHead(LotHead head) {
        heads.merge(head.lot(), head, (old, neu) -> neu.lotPosition() > old.lotPosition() ? neu : old);
    }

    @Override
    public Digest bind(RegistryKind kind, String name, Digest record) {
        Digest previous = bindings.putIfAbsent(kind + "\0" + name, record);
        return previous == null ? record : previous;
    }

    @Override
    public Optional<Digest> bound(RegistryKind kind, String name) {
        return Optional.ofNullable(bindings.get(kind + "\0" + name));
    }

    @Override
    public List<Digest> pending(int limit) {
        List<StoredRecord> pending = new ArrayList<>();
        records.values().stream().filter(r -> r.state() == RecordState.PENDING).forEach(pending::add);
        pending.sort(Comparator.comparing(StoredRecord::time));
        return pending.stream().limit(limit).map(StoredRecord::hash).toList();
    }

    private static String key(String lot, long lotPosition) {
        return lot + "\0" + lotPosition;
    }
}

package io.trazo.append.log;

import io.trazo.ledger.log.SignedCheckpoint;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** A {@link CheckpointHistory} in process memory: for tests, benchmarks and offline tools. */
public final class InMemoryCheckpointHistory implements CheckpointHistory {

    private final NavigableMap<Long, SignedCheckpoint> bySize = new ConcurrentSkipListMap<>();

    @Override
    public LogWrite append(SignedCheckpoint checkpoint) {
        SignedCheckpoint stored = bySize.putIfAbsent(checkpoint.size(), checkpoint);
        if (stored == null) {
            return LogWrite.STORED;
        }
        if (stored.equals(checkpoint)) {
            return LogWrite.ALREADY_STORED;
        }
        throw LogConflictException.checkpoint(checkpoint.size(), stored.note(), checkpoint.note());
    }

    @Override
    public Optional<SignedCheckpoint> at(long size) {
        return Optional.ofNullable(bySize.get(size));
    }

    @Override
    public Optional<SignedCheckpoint> latest() {
        return Optional.ofNullable(bySize.lastEntry()).map(Map.Entry::getValue);
    }

    @Override
    public List<SignedCheckpoint> since(long fromSize, int limit) {
        return bySize.tailMap(fromSize, true).values().stream().limit(limit).toList();
    }
}

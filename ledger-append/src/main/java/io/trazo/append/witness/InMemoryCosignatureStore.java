package io.trazo.append.witness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@link CosignatureStore} in memory, for tests and the single-process demo. */
public final class InMemoryCosignatureStore implements CosignatureStore {

    private final Map<Long, Map<String, String>> bySize = new TreeMap<>();

    @Override
    public synchronized boolean record(long size, String witness, String line) {
        return bySize.computeIfAbsent(size, s -> new TreeMap<>()).putIfAbsent(witness, line) == null;
    }

    @Override
    public synchronized long latestSize(String witness) {
        long latest = 0;
        for (Map.Entry<Long, Map<String, String>> entry : bySize.entrySet()) {
            if (entry.getValue().containsKey(witness)) {
                latest = entry.getKey();
            }
        }
        return latest;
    }

    @Override
    public synchronized List<String> at(long size) {
        return new ArrayList<>(bySize.getOrDefault(size, Map.of()).values());
    }
}

package io.trazo.mongo;

import io.trazo.ledger.bundle.PlotDirectory;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.plot.Plots;
import io.trazo.ledger.store.StoredRecord;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plot records by plot id, through the registrant's accepted plot records ({@code {actor, time}}
 * index). Found plots are cached: an accepted record never changes and the earliest registration of a
 * plot id stays the earliest. Misses are not cached, so a plot registered later is found then.
 */
public final class MongoPlotDirectory implements PlotDirectory {

    private static final int MAX_CACHED = 100_000;
    private final LedgerQueries queries;
    private final Map<String, Digest> cache = new ConcurrentHashMap<>();

    public MongoPlotDirectory(LedgerQueries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<Digest> plot(String plotId, String registrant) {
        Digest hit = cache.get(plotId);
        if (hit != null) {
            return Optional.of(hit);
        }
        for (StoredRecord r : queries.plotsBy(registrant)) {
            if (Plots.read(r.parse()).plotId().equals(plotId)) {
                if (cache.size() < MAX_CACHED) {
                    cache.put(plotId, r.hash());
                }
                return Optional.of(r.hash());
            }
        }
        return Optional.empty();
    }
}

package io.trazo.mongo;

import io.trazo.append.LedgerStore;
import io.trazo.append.PlotLookupContractTest;
import java.util.UUID;

/** The plot look-up over MongoDB: the registrant's accepted plot records through the {@code {actor, time}} index. */
class MongoPlotLookupTest extends PlotLookupContractTest {

    @Override
    protected LedgerStore newStore() {
        return new MongoLedgerStore(MongoTarget.shared().client().getDatabase("plot-lookup-" + UUID.randomUUID())).ensureIndexes();
    }
}

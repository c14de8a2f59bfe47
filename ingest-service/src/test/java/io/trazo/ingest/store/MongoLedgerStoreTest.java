package io.trazo.ingest.store;

import io.trazo.ingest.testing.MongoTarget;
import io.trazo.ledger.store.LedgerStore;
import io.trazo.ledger.store.LedgerStoreContractTest;
import java.util.UUID;

/** The port's contract over MongoDB: the stand-in, or the server {@code TRAZO_MONGO_URI} names. */
class MongoLedgerStoreTest extends LedgerStoreContractTest {

    @Override
    protected LedgerStore newStore() {
        return new MongoLedgerStore(MongoTarget.shared().client().getDatabase("contract-" + UUID.randomUUID())).ensureIndexes();
    }
}

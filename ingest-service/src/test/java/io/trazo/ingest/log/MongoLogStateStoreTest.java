package io.trazo.ingest.log;

/** The Mongo adapter against the core's port contract, on the Mongo-wire stand-in. */
class MongoLogStateStoreTest extends io.trazo.ledger.log.LogStateStoreContractTest {

    @Override
    protected io.trazo.ledger.log.LogStateStore newStore() {
        return new MongoLogStateStore(MongoStandIn.freshDatabase());
    }
}

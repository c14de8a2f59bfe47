package io.trazo.mongo.log;

/** The Mongo adapter against the core's port contract, on the Mongo-wire stand-in. */
class MongoLogStateStoreTest extends io.trazo.append.log.LogStateStoreContractTest {

    @Override
    protected io.trazo.append.log.LogStateStore newStore() {
        return new MongoLogStateStore(io.trazo.mongo.MongoTarget.shared().freshDatabase("log"));
    }
}

package io.trazo.mongo.log;

/** The Mongo adapter against the core's port contract, on the Mongo-wire stand-in. */
class MongoTileStoreTest extends io.trazo.append.merkle.TileStoreContractTest {

    @Override
    protected io.trazo.append.merkle.TileStore newStore() {
        return new MongoTileStore(io.trazo.mongo.MongoTarget.shared().freshDatabase("log"));
    }
}

package io.trazo.ingest.log;

/** The Mongo adapter against the core's port contract, on the Mongo-wire stand-in. */
class MongoTileStoreTest extends io.trazo.ledger.merkle.TileStoreContractTest {

    @Override
    protected io.trazo.ledger.merkle.TileStore newStore() {
        return new MongoTileStore(MongoStandIn.freshDatabase());
    }
}

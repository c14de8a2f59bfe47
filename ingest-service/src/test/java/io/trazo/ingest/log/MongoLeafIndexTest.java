package io.trazo.ingest.log;

/** The Mongo adapter against the core's port contract, on the Mongo-wire stand-in. */
class MongoLeafIndexTest extends io.trazo.ledger.log.LeafIndexContractTest {

    @Override
    protected io.trazo.ledger.log.LeafIndex newIndex() {
        return new MongoLeafIndex(MongoStandIn.freshDatabase());
    }
}

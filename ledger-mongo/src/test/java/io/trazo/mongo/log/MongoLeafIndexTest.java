package io.trazo.mongo.log;

/** The Mongo adapter against the core's port contract, on the Mongo-wire stand-in. */
class MongoLeafIndexTest extends io.trazo.append.log.LeafIndexContractTest {

    @Override
    protected io.trazo.append.log.LeafIndex newIndex() {
        return new MongoLeafIndex(io.trazo.mongo.MongoTarget.shared().freshDatabase("log"));
    }
}

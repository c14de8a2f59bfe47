package io.trazo.mongo.log;

/** The Mongo adapter against the core's port contract, on the Mongo-wire stand-in. */
class MongoLeaderLeaseTest extends io.trazo.append.log.LeaderLeaseContractTest {

    @Override
    protected io.trazo.append.log.LeaderLease newLease(java.time.Clock clock) {
        return new MongoLeaderLease(io.trazo.mongo.MongoTarget.shared().freshDatabase("log"), clock);
    }
}

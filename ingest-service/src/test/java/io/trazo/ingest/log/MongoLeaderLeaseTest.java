package io.trazo.ingest.log;

/** The Mongo adapter against the core's port contract, on the Mongo-wire stand-in. */
class MongoLeaderLeaseTest extends io.trazo.ledger.log.LeaderLeaseContractTest {

    @Override
    protected io.trazo.ledger.log.LeaderLease newLease(java.time.Clock clock) {
        return new MongoLeaderLease(MongoStandIn.freshDatabase(), clock);
    }
}

package io.trazo.ingest.log;

/** The Mongo adapter against the core's port contract, on the Mongo-wire stand-in. */
class MongoCheckpointHistoryTest extends io.trazo.ledger.log.CheckpointHistoryContractTest {

    @Override
    protected io.trazo.ledger.log.CheckpointHistory newHistory() {
        return new MongoCheckpointHistory(MongoStandIn.freshDatabase());
    }
}

package io.trazo.mongo.log;

/** The Mongo adapter against the core's port contract, on the Mongo-wire stand-in. */
class MongoCheckpointHistoryTest extends io.trazo.append.log.CheckpointHistoryContractTest {

    @Override
    protected io.trazo.append.log.CheckpointHistory newHistory() {
        return new MongoCheckpointHistory(io.trazo.mongo.MongoTarget.shared().freshDatabase("log"));
    }
}

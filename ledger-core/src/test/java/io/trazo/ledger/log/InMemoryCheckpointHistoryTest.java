package io.trazo.ledger.log;

class InMemoryCheckpointHistoryTest extends CheckpointHistoryContractTest {

    @Override
    protected CheckpointHistory newHistory() {
        return new InMemoryCheckpointHistory();
    }
}

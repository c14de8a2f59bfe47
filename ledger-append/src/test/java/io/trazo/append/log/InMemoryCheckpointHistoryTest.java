package io.trazo.append.log;

class InMemoryCheckpointHistoryTest extends CheckpointHistoryContractTest {

    @Override
    protected CheckpointHistory newHistory() {
        return new InMemoryCheckpointHistory();
    }
}

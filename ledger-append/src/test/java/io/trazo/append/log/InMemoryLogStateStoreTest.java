package io.trazo.append.log;

class InMemoryLogStateStoreTest extends LogStateStoreContractTest {

    @Override
    protected LogStateStore newStore() {
        return new InMemoryLogStateStore();
    }
}

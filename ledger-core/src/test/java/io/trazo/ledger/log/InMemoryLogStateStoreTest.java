package io.trazo.ledger.log;

class InMemoryLogStateStoreTest extends LogStateStoreContractTest {

    @Override
    protected LogStateStore newStore() {
        return new InMemoryLogStateStore();
    }
}

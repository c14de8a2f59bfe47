package io.trazo.append;

class InMemoryLedgerStoreTest extends LedgerStoreContractTest {

    @Override
    protected LedgerStore newStore() {
        return new InMemoryLedgerStore();
    }
}

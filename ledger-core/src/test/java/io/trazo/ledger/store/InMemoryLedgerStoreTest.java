package io.trazo.ledger.store;

class InMemoryLedgerStoreTest extends LedgerStoreContractTest {

    @Override
    protected LedgerStore newStore() {
        return new InMemoryLedgerStore();
    }
}

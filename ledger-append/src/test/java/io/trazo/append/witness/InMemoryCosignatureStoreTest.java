package io.trazo.append.witness;

class InMemoryCosignatureStoreTest extends CosignatureStoreContractTest {

    @Override
    protected CosignatureStore newStore() {
        return new InMemoryCosignatureStore();
    }
}
